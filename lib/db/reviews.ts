// An image's review: read it with what the person looking may do, and move it along the state
// machine (lib/views/review-states.ts) in one transaction with its activity row. The write is
// conditional on the state it was read in, so two deciders at once cannot both win.
import "server-only";
import { AppError } from "@/lib/errors";
import { isReviewState, movesFor, reviewMove, type ReviewMove, type ReviewState } from "@/lib/views/review-states";
import { personName, type ReviewView } from "@/lib/views/review";
import { recordActivity } from "./activity";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

export interface Asker {
  userId: string;
  canSubmit: boolean;
  canDecide: boolean;
}

const person = { select: { id: true, name: true, email: true } } as const;
const HISTORY = ["submitted", "withdrawn", "approved", "rejected", "reopened"];

export async function getReview(opts: { teamId: string; imageId: string; asker: Asker }): Promise<ReviewView> {
  const image = await prisma.image.findFirst({
    where: { id: opts.imageId, trashedAt: null, generation: { teamId: opts.teamId } },
    select: {
      id: true, reviewState: true, reviewReason: true, reviewSubmittedAt: true, reviewDecidedAt: true,
      reviewSubmittedBy: person, reviewDecidedBy: person, generation: { select: { createdById: true } },
      activities: {
        where: { teamId: opts.teamId, kind: { in: HISTORY } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 20,
        select: { kind: true, createdAt: true, data: true, actor: { select: { name: true, email: true } } },
      },
    },
  });
  if (!image) throw new AppError("NOT_FOUND", NOT_FOUND);
  const state = stateOf(image.reviewState);
  const who = { ...opts.asker, isAuthor: image.generation.createdById === opts.asker.userId };
  const ref = (u: { id: string; name: string | null; email: string } | null) => (u ? { id: u.id, name: personName(u) } : null);
  return {
    imageId: image.id,
    state,
    reason: image.reviewReason,
    submittedAt: image.reviewSubmittedAt?.toISOString() ?? null,
    submittedBy: ref(image.reviewSubmittedBy),
    decidedAt: image.reviewDecidedAt?.toISOString() ?? null,
    decidedBy: ref(image.reviewDecidedBy),
    authorId: image.generation.createdById,
    moves: movesFor(state, who),
    history: image.activities.map((a) => ({
      kind: a.kind,
      at: a.createdAt.toISOString(),
      by: a.actor ? personName(a.actor) : null,
      reason: typeof (a.data as { reason?: unknown } | null)?.reason === "string" ? (a.data as { reason: string }).reason : null,
    })),
  };
}

const KIND: Record<ReviewMove, "submitted" | "withdrawn" | "approved" | "rejected" | "reopened"> = {
  submit: "submitted", withdraw: "withdrawn", approve: "approved", reject: "rejected", reopen: "reopened",
};

/** Makes the move, or throws the state machine's sentence; returns the new state. */
export async function moveReview(opts: { teamId: string; imageId: string; asker: Asker; move: ReviewMove; reason?: string | null; now?: Date }): Promise<ReviewState> {
  const now = opts.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const image = await tx.image.findFirst({
      where: { id: opts.imageId, generation: { teamId: opts.teamId } },
      select: { reviewState: true, generation: { select: { createdById: true } } },
    });
    if (!image) throw new AppError("NOT_FOUND", NOT_FOUND);
    const from = stateOf(image.reviewState);
    const authorId = image.generation.createdById;
    const result = reviewMove(from, opts.move, { ...opts.asker, isAuthor: authorId === opts.asker.userId }, opts.reason);
    if (!result.ok) throw new AppError(result.code, result.message);
    const reason = opts.move === "reject" ? opts.reason!.trim() : null;
    const submitting = result.next === "in_review";
    const { count } = await tx.image.updateMany({
      where: { id: opts.imageId, reviewState: from },
      data: {
        reviewState: result.next,
        reviewReason: reason,
        // A new round of review starts clean; the earlier decision stays in the activity feed.
        ...(submitting
          ? { reviewSubmittedAt: now, reviewSubmittedById: opts.asker.userId, reviewDecidedAt: null, reviewDecidedById: null }
          : result.next === "draft"
            ? { reviewSubmittedAt: null, reviewSubmittedById: null }
            : { reviewDecidedAt: now, reviewDecidedById: opts.asker.userId }),
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone changed this image's review a moment ago. Reload to see where it stands.");
    await recordActivity(tx, [{
      teamId: opts.teamId,
      kind: KIND[opts.move],
      actorId: opts.asker.userId,
      // Submissions reach the deciders by kind; every other step concerns the image's author.
      targetId: opts.move === "submit" ? null : authorId,
      imageId: opts.imageId,
      ...(reason ? { data: { reason } } : {}),
    }]);
    return result.next;
  });
}

function stateOf(value: string): ReviewState {
  // Rows are written only through moveReview; an unknown value reads as a draft.
  return isReviewState(value) ? value : "draft";
}
