// The reported cases of deleting work: files still used elsewhere stay (also by another team
// whose upload had the same bytes), files nothing uses any more go, and a delete that races
// a writer of the same bytes never takes the file the writer is about to reference.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { mask, png } from "@/lib/edits/test-images";
import { isStored, removeStored, whichStored } from "@/lib/testing/stored-blobs";
import { drift, edit, generate, maskPool, picturePool } from "@/lib/testing/blobs";
import { makePerson, makeTeam } from "@/lib/testing/people";

vi.hoisted(() => void (process.env.FRESCO_RATE_LIMIT_PER_MINUTE = "0"));
const hook = vi.hoisted(() => ({ beforeCommit: null as null | (() => Promise<unknown>) }));
vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));
// A seam to run a delete at the worst moment: after a writer has its files, before its rows commit.
const runHook = async () => {
  const run = hook.beforeCommit;
  hook.beforeCommit = null;
  if (run) await run();
};
vi.mock("@/lib/db/edit-inputs", async (original) => {
  const real = await original<typeof import("@/lib/db/edit-inputs")>();
  return { ...real, createEdits: async (...args: Parameters<typeof real.createEdits>) => (await runHook(), real.createEdits(...args)) };
});
vi.mock("@/lib/db/generations", async (original) => {
  const real = await original<typeof import("@/lib/db/generations")>();
  return { ...real, completeGeneration: async (...args: Parameters<typeof real.completeGeneration>) => (await runHook(), real.completeGeneration(...args)) };
});

const { deleteGeneration, deleteTeamAndFiles } = await import("@/lib/storage/deletions");
const imageRoute = await import("@/app/api/images/[id]/route");
const inputsRoute = await import("@/app/api/generation-inputs/[id]/route");

let pictures: Buffer[];
let masks: Buffer[];
const ann = { teamId: "", userId: "", person: null as unknown as SignedIn };
const bea = { teamId: "", userId: "", person: null as unknown as SignedIn };

beforeAll(async () => {
  [pictures, masks] = await Promise.all([picturePool(8), maskPool(1)]);
  for (const [side, name] of [[ann, "Ann"], [bea, "Bea"]] as const) {
    side.person = await makePerson(name);
    side.teamId = await makeTeam(side.person, `Team ${name}`);
    side.userId = side.person.user.id;
  }
});

async function get(route: typeof imageRoute, as: SignedIn, id: string, query = "") {
  who.current = as;
  const res = await route.GET(new Request(`http://localhost/x${query}`), { params: Promise.resolve({ id }) });
  return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
}
const baseInput = (generationId: string) => prisma.generationInput.findFirstOrThrow({ where: { generationId, role: "image", index: 0 } });
const inputs = (generationId: string) => prisma.generationInput.findMany({ where: { generationId } });

describe("deleting a generation", () => {
  it("keeps the file a later edit starts from; the edit's base and heatmap still answer", async () => {
    const original = await generate(ann, [pictures[0]!]);
    const later = await edit(ann, { images: [{ imageId: original.imageIds[0]! }], mask: masks[0], output: pictures[1]!, raw: pictures[2]! });
    await deleteGeneration({ teamId: ann.teamId, id: original.id });

    const base = await baseInput(later.id);
    expect(await isStored(base.storageKey)).toBe(true);
    expect(await get(imageRoute, ann.person, later.imageIds[0]!, "?variant=heatmap")).toMatchObject({ status: 200, type: "image/png" });
    expect((await get(inputsRoute, ann.person, base.id)).status).toBe(200);
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });

  it("keeps the file another team's edit uploaded with the same bytes", async () => {
    const mine = await generate(ann, [pictures[3]!]);
    const theirs = await edit(bea, { images: [{ upload: pictures[3]! }], mask: masks[0], output: pictures[4]!, raw: pictures[5]! });
    await deleteGeneration({ teamId: ann.teamId, id: mine.id });

    expect(await isStored((await baseInput(theirs.id)).storageKey)).toBe(true);
    expect(await get(imageRoute, bea.person, theirs.imageIds[0]!, "?variant=heatmap")).toMatchObject({ status: 200, type: "image/png" });
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });

  it("deleting an edit removes its mask, uploads, output and raw file when nothing else uses them", async () => {
    const upload = await unique();
    const e = await edit(ann, { images: [{ upload }], mask: await uniqueMask(), output: await unique(), raw: await unique() });
    const image = await prisma.image.findUniqueOrThrow({ where: { id: e.imageIds[0]! } });
    const files = [...(await inputs(e.id)).map((i) => i.storageKey), image.storageKey, image.thumbnailKey, image.rawStorageKey!];
    expect(await whichStored(files)).toEqual(files);

    await deleteGeneration({ teamId: ann.teamId, id: e.id });
    expect(await whichStored(files)).toEqual([]);
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });
});

describe("deleting a team", () => {
  it("removes the files only it used, edit inputs included, and keeps what the other team shares", async () => {
    const owner = await makePerson("Cy");
    const team = { teamId: await makeTeam(owner, "Team C"), userId: owner.user.id };
    const shared = await generate(bea, [pictures[7]!]);
    const own = await edit(team, { images: [{ upload: pictures[7]! }, { upload: await unique() }], mask: await uniqueMask(), output: await unique(), raw: await unique() });
    const ownInputs = (await inputs(own.id)).map((i) => i.storageKey);

    await deleteTeamAndFiles({ teamId: team.teamId });
    const sharedImage = await prisma.image.findUniqueOrThrow({ where: { id: shared.imageIds[0]! } });
    expect(await isStored(sharedImage.storageKey)).toBe(true);
    expect(await whichStored(ownInputs)).toEqual([sharedImage.storageKey]);
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });

  it("leaves no budget hold of the team behind", async () => {
    const owner = await makePerson("Di");
    const teamId = await makeTeam(owner, "Team D");
    const run = await generate({ teamId, userId: owner.user.id }, [await unique()]);
    await prisma.budgetReservation.create({ data: { generationId: run.id, teamId, userId: owner.user.id, month: "2026-11", micros: 6000n } });
    await deleteTeamAndFiles({ teamId });
    expect(await prisma.budgetReservation.count({ where: { teamId } })).toBe(0);
  });
});

describe("a delete racing a writer of the same bytes", () => {
  it("an edit whose upload has the bytes of an image deleted before its rows commit keeps the file", async () => {
    const bytes = await unique();
    const old = await generate(ann, [bytes]);
    hook.beforeCommit = () => deleteGeneration({ teamId: ann.teamId, id: old.id });
    const e = await edit(bea, { images: [{ upload: bytes }], output: pictures[1]! });
    expect(await isStored((await baseInput(e.id)).storageKey)).toBe(true);
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });

  it("an edit that starts from a gallery image deleted before its rows commit keeps the file", async () => {
    const old = await generate(ann, [await unique()]);
    hook.beforeCommit = () => deleteGeneration({ teamId: ann.teamId, id: old.id });
    const e = await edit(ann, { images: [{ imageId: old.imageIds[0]! }], mask: masks[0], output: pictures[1]!, raw: pictures[2]! });
    expect(await get(imageRoute, ann.person, e.imageIds[0]!, "?variant=heatmap")).toMatchObject({ status: 200 });
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });

  it("a finished run whose output has the bytes of an image deleted before its rows commit keeps the file", async () => {
    const bytes = await unique();
    const old = await generate(ann, [bytes]);
    hook.beforeCommit = () => deleteGeneration({ teamId: ann.teamId, id: old.id });
    const made = await generate(bea, [bytes]);
    expect(await get(imageRoute, bea.person, made.imageIds[0]!)).toMatchObject({ status: 200, type: "image/png" });
    expect(await drift()).toEqual({ missing: [], orphans: [] });
  });
});

describe("a row whose file is missing", () => {
  it("answers 404 with a sentence instead of a 500, for the image, its heatmap and the input", async () => {
    const e = await edit(ann, { images: [{ upload: await unique() }], mask: masks[0], output: await unique(), raw: await unique() });
    const base = await baseInput(e.id);
    await removeStored(base.storageKey);
    const image = await prisma.image.findUniqueOrThrow({ where: { id: e.imageIds[0]! } });
    await removeStored(image.storageKey);
    for (const [route, id, query] of [[imageRoute, image.id, ""], [imageRoute, image.id, "?variant=heatmap"], [inputsRoute, base.id, ""]] as const) {
      const res = await get(route, ann.person, id, query);
      expect(res.status, `${id}${query}`).toBe(404);
      expect(JSON.parse(res.body.toString()).error).toMatch(/missing from storage/);
    }
    await deleteGeneration({ teamId: ann.teamId, id: e.id });
  });
});

/** A picture (or mask) no other test uses, so its file is this test's alone. */
let uniques = 0;
function unique(): Promise<Buffer> {
  const n = ++uniques * 7;
  return png(64, 48, (x, y) => [(x + n) % 256, (y * 3 + n) % 256, n % 256, 255]);
}
function uniqueMask(): Promise<Buffer> {
  const n = ++uniques % 20;
  return mask(64, 48, { x: n, y: 2, w: 20 + n, h: 10 });
}
