// Cross-team rows for bulk work and the trash: each action with another team's image id answers
// as it does for a missing id ("0 …, 1 was not found") and changes nothing; the same call on the
// team's own image acts on it (the control). A bulk answer lists ids, so a row reports counts
// and the summary: the foreign and the missing call then read the same.
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { makeGeneration } from "@/lib/testing/people";
import { decideImagesAction } from "@/lib/actions/bulk/decide-images";
import { favouriteImagesAction } from "@/lib/actions/bulk/favourite-images";
import { moveImagesAction } from "@/lib/actions/bulk/move-images";
import { deleteImagesNowAction } from "@/lib/actions/trash/delete-images-now";
import { restoreImagesAction } from "@/lib/actions/trash/restore-images";
import { trashImagesAction } from "@/lib/actions/trash/trash-images";
import * as zipRoute from "@/app/api/gallery/zip/route";
import { a, b, bImage, post, served, type Row, type SessionRow } from "./fixture";

const aBulk = {} as { trashedId: string; inReviewId: string; projectId: string };
const bFixed = {} as { projectId: string; imageId: string };

export async function setUpBulk() {
  aBulk.trashedId = (await makeGeneration(a.teamId, a.owner.user.id)).images[0]!.id;
  await prisma.image.update({ where: { id: aBulk.trashedId }, data: { trashedAt: new Date(), trashedById: a.owner.user.id } });
  aBulk.inReviewId = (await makeGeneration(a.teamId, a.owner.user.id)).images[0]!.id;
  await prisma.image.update({ where: { id: aBulk.inReviewId }, data: { reviewState: "in_review" } });
  aBulk.projectId = (await prisma.project.create({ data: { teamId: a.teamId, name: "A's bulk board" } })).id;
  bFixed.projectId = (await prisma.project.create({ data: { teamId: b.teamId, name: "B's bulk board" } })).id;
  bFixed.imageId = await bImage();
}

type Outcome = { data?: { done: string[]; notFound: string[]; summary: string }; serverError?: string; validationErrors?: unknown };
/** Counts and the sentence, not ids: a foreign id and a missing one must read alike. */
const counted = async (result: Promise<Outcome>) => {
  const r = await result;
  return r.data ? { done: r.data.done.length, notFound: r.data.notFound.length, summary: r.data.summary } : r;
};
const didOne = (result: unknown) => expect(result).toMatchObject({ done: 1, notFound: 0 });
const bTrashed = async () => {
  const id = await bImage();
  await prisma.image.update({ where: { id }, data: { trashedAt: new Date(), trashedById: b.owner.user.id } });
  return id;
};
const bInReview = async () => {
  const id = await bImage();
  await prisma.image.update({ where: { id }, data: { reviewState: "in_review" } });
  return id;
};

export const bulkRows: Row[] = [
  { name: "delete images to the trash", door: "trashImagesAction", call: (id) => counted(trashImagesAction({ ids: [id] })), foreign: () => a.imageId, own: bImage, ok: didOne },
  { name: "restore images from the trash", door: "restoreImagesAction", call: (id) => counted(restoreImagesAction({ ids: [id] })), foreign: () => aBulk.trashedId, own: bTrashed, ok: didOne },
  { name: "delete trashed images now", door: "deleteImagesNowAction", call: (id) => counted(deleteImagesNowAction({ ids: [id] })), foreign: () => aBulk.trashedId, own: bTrashed, ok: didOne },
  {
    name: "approve images in bulk", door: "decideImagesAction",
    call: (id) => counted(decideImagesAction({ ids: [id], decision: "approve" })),
    foreign: () => aBulk.inReviewId,
    own: bInReview,
    ok: didOne,
  },
  { name: "star images in bulk", door: "favouriteImagesAction", call: (id) => counted(favouriteImagesAction({ ids: [id], favourite: true })), foreign: () => a.imageId, own: bImage, ok: didOne },
  {
    name: "move another team's images into one's project", door: "moveImagesAction",
    call: (id) => counted(moveImagesAction({ ids: [id], projectId: bFixed.projectId })),
    foreign: () => a.imageId,
    own: bImage,
    ok: didOne,
  },
  {
    name: "move one's images into another team's project", door: "moveImagesAction",
    call: (id) => counted(moveImagesAction({ ids: [bFixed.imageId], projectId: id })),
    foreign: () => aBulk.projectId,
    own: async () => (await prisma.project.create({ data: { teamId: b.teamId, name: "B's other board" } })).id,
    ok: didOne,
  },
  {
    name: "download images as a zip", door: "POST /api/gallery/zip",
    call: (id) => post(zipRoute.POST, "/api/gallery/zip", new URLSearchParams({ ids: id })),
    foreign: () => a.imageId,
    own: bImage,
    ok: served,
  },
];

/** Every bulk door takes ids of a team's objects: all are rows above. */
export const bulkSessionRows: SessionRow[] = [];
