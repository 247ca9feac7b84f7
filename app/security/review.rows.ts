// Cross-team rows for review, comments and activity: submit, withdraw and decide on an image,
// comment on it or reply, edit or delete a comment, and the edit page's ?region= (a pinned
// region read as the mask). Team A's image is in review and carries a pinned comment, so
// every door would have something to act on if team scoping failed.
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { addComment, commentRegion } from "@/lib/db/comments";
import { moveReview } from "@/lib/db/reviews";
import { who } from "@/lib/testing/signed-in";
import { makeGeneration } from "@/lib/testing/people";
import { markActivitySeenAction } from "@/lib/actions/activity/mark-activity-seen";
import { addCommentAction } from "@/lib/actions/comments/add-comment";
import { deleteCommentAction } from "@/lib/actions/comments/delete-comment";
import { editCommentAction } from "@/lib/actions/comments/edit-comment";
import { decideReviewAction } from "@/lib/actions/reviews/decide-review";
import { submitForReviewAction } from "@/lib/actions/reviews/submit-for-review";
import { withdrawReviewAction } from "@/lib/actions/reviews/withdraw-review";
import { a, b, bImage, MISSING, succeeded, type Row, type SessionRow } from "./fixture";

const aReview = {} as { imageId: string; commentId: string };

export async function setUpReview() {
  aReview.imageId = (await makeGeneration(a.teamId, a.owner.user.id)).images[0]!.id;
  await submitted(a.teamId, aReview.imageId, a.owner.user.id);
  const pin = { x: 0.1, y: 0.1, w: 0.5, h: 0.5 };
  aReview.commentId = (await addComment({ teamId: a.teamId, imageId: aReview.imageId, authorId: a.owner.user.id, body: "A's note", pin })).id;
}

const submitted = (teamId: string, imageId: string, userId: string) =>
  moveReview({ teamId, imageId, asker: { userId, canSubmit: true, canDecide: true }, move: "submit" });
const bInReview = async () => {
  const id = await bImage();
  await submitted(b.teamId, id, b.owner.user.id);
  return id;
};
const bComment = async () => (await addComment({ teamId: b.teamId, imageId: await bImage(), authorId: b.owner.user.id, body: "B's note" })).id;

export const reviewRows: Row[] = [
  { name: "submit an image for review", door: "submitForReviewAction", call: (id) => submitForReviewAction({ imageId: id }), foreign: () => a.imageId, own: bImage, ok: succeeded },
  { name: "withdraw an image from review", door: "withdrawReviewAction", call: (id) => withdrawReviewAction({ imageId: id }), foreign: () => aReview.imageId, own: bInReview, ok: succeeded },
  {
    name: "reject an image in review", door: "decideReviewAction",
    call: (id) => decideReviewAction({ imageId: id, decision: "reject", reason: "not yours" }),
    foreign: () => aReview.imageId,
    own: bInReview,
    ok: succeeded,
  },
  { name: "comment on an image", door: "addCommentAction", call: (id) => addCommentAction({ imageId: id, body: "hello" }), foreign: () => a.imageId, own: bImage, ok: succeeded },
  {
    name: "reply to a comment (on its own image)", door: "addCommentAction",
    call: async (id) => addCommentAction({ imageId: (await prisma.comment.findUnique({ where: { id } }))?.imageId ?? MISSING, parentId: id, body: "hi" }),
    foreign: () => aReview.commentId,
    own: bComment,
    ok: succeeded,
  },
  { name: "edit a comment", door: "editCommentAction", call: (id) => editCommentAction({ commentId: id, body: "rewritten" }), foreign: () => aReview.commentId, own: bComment, ok: succeeded },
  // Team B's owner may delete any of B's comments: only team scoping keeps A's.
  { name: "delete a comment", door: "deleteCommentAction", call: (id) => deleteCommentAction({ commentId: id }), foreign: () => aReview.commentId, own: bComment, ok: succeeded },
];

export const reviewSessionRows: SessionRow[] = [
  {
    door: "markActivitySeenAction",
    name: "only the caller's own membership is marked seen",
    act: async () => {
      who.current = b.owner;
      expect((await markActivitySeenAction({ upTo: new Date().toISOString() })).data).toEqual({ seen: true });
      const mine = await prisma.membership.findFirstOrThrow({ where: { teamId: b.teamId, userId: b.owner.user.id } });
      expect(mine.activitySeenAt).not.toBeNull();
    },
  },
];

/** The edit page's ?region= reads a pinned region through this, in the person's team only. */
export async function regionIsTeamScoped() {
  expect(await commentRegion({ teamId: b.teamId, commentId: aReview.commentId })).toBeNull();
  expect(await commentRegion({ teamId: b.teamId, commentId: MISSING })).toBeNull();
  expect(await commentRegion({ teamId: a.teamId, commentId: aReview.commentId })).toMatchObject({ imageId: aReview.imageId, region: { x: 0.1, w: 0.5 } });
}
