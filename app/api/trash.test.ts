// The trash through the real actions, database and blob store: a deleted image leaves the
// gallery, search and the image route but keeps its file; restored, it is back everywhere;
// purged after 30 days (or deleted now), its row goes and its file is released. Who may: one's
// own work, anyone's with delete-any; another team's id answers as not found.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { isStored } = await import("@/lib/testing/stored-blobs");
const { galleryPage } = await import("@/lib/db/gallery");
const { galleryFiltersSchema } = await import("@/lib/views/gallery");
const { listGenerations } = await import("@/lib/db/queries");
const { purgeTrash } = await import("@/lib/storage/trash");
const imageRoute = await import("@/app/api/images/[id]/route");
const { trashImagesAction } = await import("@/lib/actions/trash/trash-images");
const { restoreImagesAction } = await import("@/lib/actions/trash/restore-images");
const { deleteImagesNowAction } = await import("@/lib/actions/trash/delete-images-now");
const { makeCast, makeGeneration } = await import("@/lib/testing/people");
const { generate } = await import("@/lib/testing/blobs");
const sharp = (await import("sharp")).default;

let admin: SignedIn, ari: SignedIn, ben: SignedIn, viewer: SignedIn, stranger: SignedIn;
let teamId = "";

beforeAll(async () => {
  ({ admin, ari, ben, viewer, stranger, teamId } = await makeCast());
});

// Each image with bytes of its own, so releasing its file is not held back by another row.
let shade = 0;
async function imageBy(person: SignedIn) {
  shade += 1;
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: shade % 256, g: (shade >> 8) % 256, b: 77 } } }).png().toBuffer();
  const { id: generationId, imageIds } = await generate({ teamId, userId: person.user.id }, [bytes]);
  await prisma.generation.update({ where: { id: generationId }, data: { prompt: `lighthouse ${generationId}` } });
  const image = await prisma.image.findUniqueOrThrow({ where: { id: imageIds[0]! } });
  return { imageId: image.id, generationId, key: image.storageKey };
}

async function inGallery(person: SignedIn, imageId: string, q?: string) {
  const filters = galleryFiltersSchema.parse(q ? { q } : {});
  const page = await galleryPage({ teamId, userId: person.user.id, filters, limit: 500 });
  return page.items.some((i) => i.id === imageId);
}
const served = async (imageId: string, query = "") =>
  (await imageRoute.GET(new Request(`http://localhost/api/images/${imageId}${query}`), { params: Promise.resolve({ id: imageId }) })).status;
const inRail = async (imageId: string) => (await listGenerations({ teamId, take: 500 })).some((g) => g.images.some((i) => i.id === imageId));

describe("the trash", () => {
  it("a deleted image leaves the gallery, search, the studio rail and the image route, keeps its file, and comes back when restored", async () => {
    const { imageId, generationId, key } = await imageBy(ari);
    who.current = ari;
    expect(await inGallery(ari, imageId, `lighthouse ${generationId}`)).toBe(true);
    const trashed = await trashImagesAction({ ids: [imageId] });
    expect(trashed.data).toMatchObject({ done: [imageId], summary: "1 moved to the trash" });
    expect(await inGallery(ari, imageId)).toBe(false);
    expect(await inGallery(ari, imageId, `lighthouse ${generationId}`)).toBe(false);
    expect(await inRail(imageId)).toBe(false);
    expect(await served(imageId)).toBe(404);
    expect(await served(imageId, "?variant=thumb&from=trash")).toBe(200); // the trash view's picture
    expect(await isStored(key)).toBe(true);

    expect((await restoreImagesAction({ ids: [imageId] })).data).toMatchObject({ done: [imageId], summary: "1 restored" });
    expect(await inGallery(ari, imageId, `lighthouse ${generationId}`)).toBe(true);
    expect(await inRail(imageId)).toBe(true);
    expect(await served(imageId)).toBe(200);
    expect(await served(imageId, "?variant=thumb&from=trash")).toBe(404);
  });

  it("members trash their own work only; an admin trashes anyone's; another team's id is not found; a viewer may not", async () => {
    const mine = (await imageBy(ari)).imageId;
    const bens = (await imageBy(ben)).imageId;
    const foreign = (await makeGeneration(await prisma.membership.findFirstOrThrow({ where: { userId: stranger.user.id } }).then((m) => m.teamId), stranger.user.id)).images[0]!.id;
    who.current = ari;
    const result = (await trashImagesAction({ ids: [mine, bens, foreign, mine] })).data!;
    expect(result).toMatchObject({ done: [mine], forbidden: [bens], notFound: [foreign] });
    expect(result.summary).toBe("1 moved to the trash, 1 is a teammate's, 1 was not found");
    expect((await prisma.image.findUniqueOrThrow({ where: { id: foreign } })).trashedAt).toBeNull();
    who.current = viewer;
    expect((await trashImagesAction({ ids: [bens] })).serverError).toBeTruthy();
    who.current = admin;
    expect((await trashImagesAction({ ids: [bens] })).data?.done).toEqual([bens]);
    who.current = ari;
    expect((await restoreImagesAction({ ids: [bens] })).data?.forbidden).toEqual([bens]);
    who.current = stranger;
    expect((await restoreImagesAction({ ids: [bens] })).data?.notFound).toEqual([bens]);
  });

  it("takes at most 500 ids", async () => {
    who.current = ari;
    const many = await trashImagesAction({ ids: Array.from({ length: 501 }, (_, i) => `id${i}`) });
    expect(JSON.stringify(many.validationErrors)).toContain("Select at most 500 images at a time.");
  });

  it("the purge removes images trashed more than 30 days ago with their files, and keeps newer ones", async () => {
    const old = await imageBy(ari);
    const recent = await imageBy(ben);
    const day = 86_400_000;
    await prisma.image.update({ where: { id: old.imageId }, data: { trashedAt: new Date(Date.now() - 31 * day), trashedById: ari.user.id } });
    await prisma.image.update({ where: { id: recent.imageId }, data: { trashedAt: new Date(Date.now() - 29 * day), trashedById: ben.user.id } });
    expect(await purgeTrash()).toBeGreaterThanOrEqual(1);
    expect(await prisma.image.findUnique({ where: { id: old.imageId } })).toBeNull();
    expect(await isStored(old.key)).toBe(false);
    expect(await prisma.image.findUnique({ where: { id: recent.imageId } })).not.toBeNull();
    expect(await isStored(recent.key)).toBe(true);
  });

  it("'Delete now' removes only trashed images, and releases their files", async () => {
    const { imageId, key } = await imageBy(ari);
    who.current = ari;
    expect((await deleteImagesNowAction({ ids: [imageId] })).data?.summary).toBe("0 deleted for good, 1 not in the trash");
    await trashImagesAction({ ids: [imageId] });
    expect((await deleteImagesNowAction({ ids: [imageId] })).data?.done).toEqual([imageId]);
    expect(await prisma.image.findUnique({ where: { id: imageId } })).toBeNull();
    expect(await isStored(key)).toBe(false);
  });
});
