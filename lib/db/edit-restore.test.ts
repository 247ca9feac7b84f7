// The edit page's start, read for one person and team against the real database.
import { beforeAll, describe, expect, it } from "vitest";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { getEditStart } from "./edit-restore";
import { saveWorkingState } from "./working-state";

let teamId = "", userId = "", x = "", y = "", ref = "", theirs = "";
const mask = { version: 1 as const, width: 64, height: 48, shapes: [{ tool: "fill" as const }] };

beforeAll(async () => {
  const ann = await makePerson("Ann");
  teamId = await makeTeam(ann, "Edits");
  userId = ann.user.id;
  const ids = await Promise.all([1, 2, 3].map(async () => (await makeGeneration(teamId, userId)).images[0]!.id));
  [x, y, ref] = ids as [string, string, string];
  const bea = await makePerson("Bea");
  theirs = (await makeGeneration(await makeTeam(bea, "Theirs"), bea.user.id)).images[0]!.id;
  const edit = { baseImageId: x, referenceImageIds: [ref], prompt: "stormy", params: { quality: "medium" }, options: { keepOutsideMask: false }, mask };
  await saveWorkingState({ teamId, userId }, { version: 1, edit });
});

describe("getEditStart", () => {
  it("with no image in the address, opens the saved base with its references, mask and prompt", async () => {
    const start = await getEditStart({ teamId, userId });
    expect(start.source?.id).toBe(x);
    expect(start.missingImage).toBe(false);
    expect(start.restore).toMatchObject({ prompt: "stormy", mask, keepOutsideMask: false, references: [{ imageId: ref, width: 64, height: 48 }] });
  });

  it("the address wins: another base opens bare, with only the parameters and options", async () => {
    const start = await getEditStart({ teamId, userId, imageId: y });
    expect(start.source?.id).toBe(y);
    expect(start.restore).toEqual({ references: [], prompt: "", params: { quality: "medium" }, keepOutsideMask: false, mask: null });
  });

  it("another team's image in the address opens nothing and says it was not found", async () => {
    const start = await getEditStart({ teamId, userId, imageId: theirs });
    expect(start.source).toBeNull();
    expect(start.missingImage).toBe(true);
    expect(start.restore?.mask).toBeNull();
  });
});
