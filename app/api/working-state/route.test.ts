// POST /api/working-state against the real database: only the team's images are kept, the
// row's project is never touched, and a body too large or not a working state gets a sentence.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { getWorkingState } from "@/lib/db/working-state";
import { join, makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { who } from "@/lib/testing/signed-in";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
const { POST } = await import("./route");

let ann: SignedIn, viewer: SignedIn, teamId: string;
let ours: string[], theirs: string;
beforeAll(async () => {
  ann = await makePerson("Ann");
  teamId = await makeTeam(ann, "Savers");
  viewer = await makePerson("Vi");
  await join(viewer, teamId, "viewer");
  ours = await Promise.all([1, 2, 3].map(async () => (await makeGeneration(teamId, ann.user.id)).images[0]!.id));
  const bea = await makePerson("Bea");
  theirs = (await makeGeneration(await makeTeam(bea, "Others"), bea.user.id)).images[0]!.id;
});

async function post(body: BodyInit, headers: Record<string, string> = {}) {
  const res = await POST(new Request("http://localhost/api/working-state", { method: "POST", body, headers, duplex: "half" } as RequestInit), {
    params: Promise.resolve({}),
  });
  return { status: res.status, error: res.status === 204 ? undefined : ((await res.json()) as { error: string }).error };
}
const edit = (base: string, refs: string[]) => ({
  baseImageId: base,
  referenceImageIds: refs,
  prompt: "stormy sky",
  params: { model: "gpt-image-1", quality: "low" },
  options: { keepOutsideMask: true },
  mask: { version: 1, width: 64, height: 48, shapes: [{ tool: "brush", points: [1, 2, 30, 20], size: 8, feather: 0 }] },
});

describe("POST /api/working-state", () => {
  it("keeps the team's images and silently drops another team's, base (with its mask), references and selection alike", async () => {
    who.current = ann;
    expect(await post(JSON.stringify({ version: 1, edit: edit(ours[0]!, [theirs, ours[1]!]) }))).toEqual({ status: 204, error: undefined });
    const saved = await getWorkingState({ teamId, userId: ann.user.id });
    expect(saved?.edit).toMatchObject({ baseImageId: ours[0], referenceImageIds: [ours[1]], prompt: "stormy sky", mask: { width: 64 } });

    expect((await post(JSON.stringify({ version: 1, edit: edit(theirs, []), generate: { prompt: "p", params: {}, selectedImageId: theirs } }))).status).toBe(204);
    const foreign = await getWorkingState({ teamId, userId: ann.user.id });
    expect(foreign?.edit).toEqual({ referenceImageIds: [], prompt: "stormy sky", params: { model: "gpt-image-1", quality: "low" }, options: { keepOutsideMask: true } });
    expect(foreign?.generate).toEqual({ prompt: "p", params: {} });
  });

  it("replaces only the part it is sent, and never the row's project", async () => {
    const alice = await makePerson("Alice");
    const tid = await makeTeam(alice, "Projects");
    const image = (await makeGeneration(tid, alice.user.id)).images[0]!.id;
    const project = await prisma.project.create({ data: { teamId: tid, name: "Posters" } });
    await prisma.workingState.create({ data: { userId: alice.user.id, teamId: tid, projectId: project.id } });
    who.current = alice;
    await post(JSON.stringify({ version: 1, edit: edit(image, []) }));
    await post(JSON.stringify({ version: 1, generate: { prompt: "a fox", params: { n: 2 }, selectedImageId: image } }));
    const row = await prisma.workingState.findUniqueOrThrow({ where: { userId_teamId: { userId: alice.user.id, teamId: tid } } });
    expect(row.projectId).toBe(project.id);
    const saved = await getWorkingState({ teamId: tid, userId: alice.user.id });
    expect(saved?.edit?.baseImageId).toBe(image);
    expect(saved?.generate).toEqual({ prompt: "a fox", params: { n: 2 }, selectedImageId: image });
  });

  it("a foreign image saved earlier (or one deleted since) is not handed back", async () => {
    who.current = ann;
    await prisma.workingState.update({
      where: { userId_teamId: { userId: ann.user.id, teamId } },
      data: { state: { version: 1, edit: edit(theirs, [theirs]) } },
    });
    const saved = await getWorkingState({ teamId, userId: ann.user.id });
    expect(saved?.edit?.baseImageId).toBeUndefined();
    expect(saved?.edit?.referenceImageIds).toEqual([]);
    expect(saved?.edit?.mask).toBeUndefined();
  });

  it("refuses a body over the limit by its length, or as it streams, with a sentence", async () => {
    who.current = ann;
    const big = await post("{}", { "content-length": String(13 * 1024 * 1024) });
    expect(big).toEqual({ status: 413, error: "The work to save is over 12 MB: remove an imported mask or some of the drawing." });
    let pulls = 0;
    const endless = new ReadableStream<Uint8Array>({ pull: (c) => void (pulls++ < 400 ? c.enqueue(new Uint8Array(64 * 1024)) : c.close()) }, { highWaterMark: 0 });
    expect((await post(endless)).status).toBe(413);
    expect(pulls).toBeLessThan(200);
  });

  it("refuses what is not a working state with a sentence, not a 500", async () => {
    who.current = ann;
    expect(await post("not json")).toEqual({ status: 400, error: "The work to save is not JSON. Reload the page to keep saving." });
    const long = await post(JSON.stringify({ version: 1, generate: { prompt: "x".repeat(40_000), params: {} } }));
    expect(long).toEqual({ status: 400, error: "The work could not be saved: The prompt is too long: keep it under 32,000 characters. (at generate.prompt)" });
  });

  it("turns away viewers, people signed out, and posts from another site", async () => {
    const body = JSON.stringify({ version: 1, generate: { prompt: "p", params: {} } });
    who.current = viewer;
    expect((await post(body)).status).toBe(403);
    who.current = null;
    expect((await post(body)).status).toBe(401);
    who.current = ann;
    expect((await post(body, { origin: "https://evil.example", host: "localhost" })).status).toBe(403);
  });
});
