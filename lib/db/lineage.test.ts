// The lineage query against the real database: a re-run and edits made through the real
// submission paths, and another team's work pointing at this team's image, which never shows.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { generateParamsSchema } from "@/lib/images/schemas";
import { submitGeneration } from "@/lib/submissions/submit";
import { edit, generate, picturePool } from "@/lib/testing/blobs";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { getLineage } from "./lineage";
import { getGeneration } from "./queries";

// Work is finished by the test itself; the runner is not involved.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const us = { teamId: "", userId: "" };
const them = { teamId: "", userId: "" };
let pictures: Buffer[] = [];

beforeAll(async () => {
  const ann = await makePerson("Ann");
  us.teamId = await makeTeam(ann, "Team A");
  us.userId = ann.user.id;
  const bea = await makePerson("Bea");
  them.teamId = await makeTeam(bea, "Team B");
  them.userId = bea.user.id;
  pictures = await picturePool(4);
});

async function lineageOf(teamId: string, id: string) {
  const generation = await getGeneration({ teamId, id });
  return { generation: generation!, lineage: await getLineage({ teamId, generation: generation! }) };
}

async function rerun(imageId: string) {
  const params = generateParamsSchema.parse({ model: "gpt-image-1.5", prompt: "p", quality: "high", n: 1, size: "1024x1024" });
  return submitGeneration(us, { params, idempotencyKey: crypto.randomUUID() }, { parentImageId: imageId });
}

describe("getLineage", () => {
  it("lists a generation's re-runs and edits, and each child names its parent", async () => {
    const original = await generate(us, pictures.slice(0, 2));
    const again = await rerun(original.imageIds[1]!);
    const edited = await edit(us, { images: [{ imageId: original.imageIds[0]! }], output: pictures[2]! });
    const editOfEdit = await edit(us, { images: [{ imageId: edited.imageIds[0]! }], output: pictures[3]! });
    // An upload with the very same bytes is not a child: only a stored image links.
    await edit(us, { images: [{ upload: pictures[0]! }], output: pictures[3]! });

    const { lineage } = await lineageOf(us.teamId, original.id);
    expect(lineage.parent).toBeNull();
    expect(lineage.children).toEqual([
      { generationId: again.id, imageId: null, parentIndex: 1, kind: "generate", prompt: "p", how: "re-run on GPT Image 1.5 · high" },
      { generationId: edited.id, imageId: edited.imageIds[0], parentIndex: 0, kind: "edit", prompt: "add a red balloon", how: "edit" },
    ]);

    const child = await lineageOf(us.teamId, again.id);
    expect(child.lineage.parent).toEqual({ generationId: original.id, imageId: original.imageIds[1], index: 1, kind: "generate", model: "gpt-image-1-mini", prompt: "p", quality: null });
    expect(child.generation.parent).toEqual(child.lineage.parent);

    const { lineage: ofEdit } = await lineageOf(us.teamId, edited.id);
    expect(ofEdit.parent).toMatchObject({ generationId: original.id, index: 0, kind: "generate" });
    expect(ofEdit.children).toEqual([expect.objectContaining({ generationId: editOfEdit.id, how: "edit of an edit" })]);
    expect((await lineageOf(us.teamId, editOfEdit.id)).lineage.parent).toMatchObject({ generationId: edited.id, kind: "edit" });
  });

  it("never shows another team's generation, even one pointing at this team's image", async () => {
    const original = await generate(us, pictures.slice(0, 1));
    const theirs = await generate(them, pictures.slice(0, 1)); // the same bytes, in their team
    // Not possible through Fresco's doors (ids are checked against the team); written directly.
    const foreign = await prisma.generation.create({
      data: { teamId: them.teamId, kind: "generate", model: "gpt-image-1.5", prompt: "theirs", params: {}, parentImageId: original.imageIds[0] },
    });
    await prisma.generation.create({
      data: { teamId: us.teamId, kind: "generate", model: "gpt-image-1.5", prompt: "ours, from theirs", params: {}, parentImageId: theirs.imageIds[0] },
    });

    const { lineage } = await lineageOf(us.teamId, original.id);
    expect(lineage.children).toEqual([]);
    const ours = await prisma.generation.findFirstOrThrow({ where: { prompt: "ours, from theirs" } });
    expect((await lineageOf(us.teamId, ours.id)).lineage.parent).toBeNull();
    expect(await getGeneration({ teamId: us.teamId, id: foreign.id })).toBeNull();
  });
});
