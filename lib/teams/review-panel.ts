// What an image page's review panel needs: which of the generation's images is under review
// (?image=, else the first), its review as this person sees it, its comments, and what they may do.
import "server-only";
import type { Member } from "@/lib/auth/member";
import { listComments } from "@/lib/db/comments";
import { getReview } from "@/lib/db/reviews";
import { can } from "@/lib/permissions";
import type { CommentView, ReviewView } from "@/lib/views/review";

export interface ReviewPanelData {
  image: { id: string; width: number; height: number };
  /** The generation's images, when there are several: one of them is reviewed at a time. */
  choices: { id: string; index: number }[];
  review: ReviewView;
  comments: CommentView[];
  me: { userId: string; canComment: boolean; canDeleteAny: boolean; canGenerate: boolean };
}

export async function loadReviewPanel(
  member: Member,
  images: readonly { id: string; index: number; width: number; height: number }[],
  wanted: string | string[] | undefined,
): Promise<ReviewPanelData | null> {
  const image = images.find((i) => i.id === wanted) ?? images[0];
  if (!image) return null;
  const teamId = member.team.id;
  const asker = { userId: member.user.id, canSubmit: can(member.role, "review"), canDecide: can(member.role, "decide") };
  const [review, comments] = await Promise.all([getReview({ teamId, imageId: image.id, asker }), listComments({ teamId, imageId: image.id })]);
  return {
    image: { id: image.id, width: image.width, height: image.height },
    choices: images.length > 1 ? images.map(({ id, index }) => ({ id, index })) : [],
    review,
    comments,
    me: { userId: member.user.id, canComment: can(member.role, "comment"), canDeleteAny: can(member.role, "delete-any"), canGenerate: can(member.role, "generate") },
  };
}
