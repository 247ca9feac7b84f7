// Acting on many of a team's images at once (the gallery's bulk bar). Each function reads all
// the ids in one team-scoped query (another team's id, or a trashed image, is simply absent:
// "not found") and writes the ones that qualify in one statement, answering per id.
import "server-only";
import { reviewMove, isReviewState, REVIEW_STATE_LABELS } from "@/lib/views/review-states";
import { emptyOutcome, type BulkOutcome } from "@/lib/views/bulk";
import { recordActivity } from "./activity";
import { prisma } from "./client";

export interface BulkImage {
  id: string;
  generationId: string;
  createdById: string | null;
  reviewState: string;
}

/** The team's live images among `ids` (not trashed), by id. */
export async function imagesForBulk(opts: { teamId: string; ids: string[] }): Promise<Map<string, BulkImage>> {
  const rows = await prisma.image.findMany({
    where: { id: { in: opts.ids }, trashedAt: null, generation: { teamId: opts.teamId } },
    select: { id: true, generationId: true, reviewState: true, generation: { select: { createdById: true } } },
  });
  return new Map(rows.map((r) => [r.id, { id: r.id, generationId: r.generationId, reviewState: r.reviewState, createdById: r.generation.createdById }]));
}

/**
 * Approves or rejects (one reason for all) the images in review; the others are refused one by
 * one with the state machine's view of them. Read and write share a transaction, so an image
 * decided by someone else meanwhile is not decided twice.
 */
export async function decideMany(opts: { teamId: string; userId: string; ids: string[]; move: "approve" | "reject"; reason?: string; now?: Date }): Promise<BulkOutcome> {
  const now = opts.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const outcome = emptyOutcome();
    const rows = await tx.image.findMany({
      where: { id: { in: opts.ids }, trashedAt: null, generation: { teamId: opts.teamId } },
      select: { id: true, reviewState: true, generation: { select: { createdById: true } } },
    });
    const found = new Map(rows.map((r) => [r.id, r]));
    const who = { isAuthor: false, canSubmit: true, canDecide: true };
    for (const id of opts.ids) {
      const row = found.get(id);
      if (!row) outcome.notFound.push(id);
      else if (!isReviewState(row.reviewState) || !reviewMove(row.reviewState, opts.move, who, opts.reason).ok) {
        const state = isReviewState(row.reviewState) ? REVIEW_STATE_LABELS[row.reviewState].toLowerCase() : "draft";
        outcome.skipped.push({ id, reason: state === "in review" ? "could not be decided" : "not in review" });
      } else outcome.done.push(id);
    }
    if (outcome.done.length === 0) return outcome;
    const reason = opts.move === "reject" ? opts.reason!.trim() : null;
    await tx.image.updateMany({
      where: { id: { in: outcome.done }, reviewState: "in_review" },
      data: { reviewState: opts.move === "approve" ? "approved" : "rejected", reviewReason: reason, reviewDecidedAt: now, reviewDecidedById: opts.userId },
    });
    await recordActivity(
      tx,
      outcome.done.map((id) => ({
        teamId: opts.teamId,
        kind: opts.move === "approve" ? ("approved" as const) : ("rejected" as const),
        actorId: opts.userId,
        targetId: found.get(id)!.generation.createdById,
        imageId: id,
        ...(reason ? { data: { reason } } : {}),
      })),
    );
    return outcome;
  });
}

/** Stars (or unstars) the team's images among `ids` for this person. */
export async function favouriteMany(opts: { teamId: string; userId: string; ids: string[]; favourite: boolean }): Promise<BulkOutcome> {
  const outcome = emptyOutcome();
  const found = await imagesForBulk(opts);
  for (const id of opts.ids) (found.has(id) ? outcome.done : outcome.notFound).push(id);
  if (opts.favourite) {
    const starred = new Set(
      (await prisma.favourite.findMany({ where: { userId: opts.userId, imageId: { in: outcome.done } }, select: { imageId: true } })).map((f) => f.imageId),
    );
    const fresh = outcome.done.filter((id) => !starred.has(id));
    if (fresh.length) await prisma.favourite.createMany({ data: fresh.map((imageId) => ({ userId: opts.userId, imageId, teamId: opts.teamId })) });
  } else if (outcome.done.length) {
    await prisma.favourite.deleteMany({ where: { userId: opts.userId, teamId: opts.teamId, imageId: { in: outcome.done } } });
  }
  return outcome;
}

/** Moves these generations (already checked as the team's) into one of the team's projects. */
export async function moveGenerationsTo(opts: { teamId: string; generationIds: string[]; projectId: string }): Promise<number> {
  const { count } = await prisma.generation.updateMany({ where: { id: { in: opts.generationIds }, teamId: opts.teamId }, data: { projectId: opts.projectId } });
  return count;
}
