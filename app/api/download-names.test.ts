// Downloads are named and labelled by what their bytes are, never by a name or label someone
// else chose: through the real route handlers, door and database.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import { prisma } from "@/lib/db/client";
import { makeEditGeneration, makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const imageRoute = await import("@/app/api/images/[id]/route");
const inputsRoute = await import("@/app/api/generation-inputs/[id]/route");

type Handler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;
const download = (handler: Handler, id: string) =>
  handler(new Request(`http://localhost/x?download=1`), { params: Promise.resolve({ id }) });

let inputId = "";
let imageId = "";
beforeAll(async () => {
  who.current = await makePerson("Dee");
  const teamId = await makeTeam(who.current, "Team D");
  const edit = await makeEditGeneration(teamId, who.current.user.id);
  inputId = edit.inputs[0]!.id;
  // A person uploaded a PNG under a name of their choosing.
  await prisma.generationInput.update({ where: { id: inputId }, data: { name: "evil.html" } });
  const generation = await makeGeneration(teamId, who.current.user.id);
  imageId = generation.images[0]!.id;
  // A row whose label disagrees with its bytes (PNG bytes, "jpeg" on record).
  await prisma.image.update({ where: { id: imageId }, data: { format: "jpeg" } });
});

describe("download names", () => {
  it("an edit input named evil.html that holds a PNG downloads as evil.png, served as a PNG", async () => {
    const res = await download(inputsRoute.GET, inputId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="evil.png"');
    expect(res.headers.get("content-type")).toBe("image/png");
  });

  it("an image downloads with the extension of its bytes, whatever its row says", async () => {
    const res = await download(imageRoute.GET, imageId);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="fresco-${imageId}.png"`);
    expect(res.headers.get("content-type")).toBe("image/png");
  });
});
