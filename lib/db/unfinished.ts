// Work a previous server process left queued or running. Whether a row reached the provider
// decides what it becomes on start: sent work may have been billed and cannot be resumed
// (interrupted, cost unknown); work never sent is queued again, or if it cannot run any more,
// interrupted with nothing billed. System-wide on purpose: start-up settles every team.
import "server-only";
import { prisma } from "./client";
import { ACTIVE_STATUSES } from "@/lib/generations/status";

export const INTERRUPTED_SENT =
  "The server running it stopped while the provider was working on this generation. It may already have billed it, so the cost is unknown. Run it again.";
export const INTERRUPTED_UNSENT =
  "The server stopped before this generation reached the provider, and it could not be queued again. Nothing was billed. Run it again.";

/**
 * Running work is left alone when a live instance runs it (several app instances share the
 * database: lib/db/instances.ts); anything else that runs has lost its process.
 */
function notLive(live: readonly string[]) {
  return { OR: [{ status: "queued" }, { instanceId: null }, { instanceId: { notIn: [...live] } }] };
}

/** Running work that was sent to the provider: interrupted, cost unknown (null, never 0). Returns the ids. */
export async function interruptSent(live: readonly string[] = []): Promise<string[]> {
  const where = { status: "running", sentAt: { not: null }, ...notLive(live) };
  const ids = (await prisma.generation.findMany({ where, select: { id: true } })).map((r) => r.id);
  if (!ids.length) return [];
  await prisma.generation.updateMany({
    where: { id: { in: ids }, ...where },
    data: { status: "interrupted", errorCode: "interrupted", errorMessage: INTERRUPTED_SENT, costUsd: null, finishedAt: new Date() },
  });
  return ids;
}

/** Queued or running work that never reached the provider, oldest first, with its edit inputs. */
export async function listUnsent(live: readonly string[] = [], queued: "all" | readonly string[] = "all") {
  // Queued rows: all of them, or only these (a sweep's, whose jobs a dead instance had taken).
  const which = queued === "all" ? {} : { OR: [{ status: "running" }, { id: { in: [...queued] } }] };
  return prisma.generation.findMany({
    where: { status: { in: [...ACTIVE_STATUSES] }, sentAt: null, AND: [notLive(live), which] },
    // Rows of one bulk share a millisecond; cuid ids grow within a process, so they break the tie.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, teamId: true, createdById: true, kind: true, status: true, inputs: { select: { storageKey: true } } },
  });
}

/** Back to queued (a running row that stopped before its call), so the runner takes it as any queued job. */
export async function resetToQueued(ids: string[], live: readonly string[] = []): Promise<void> {
  await prisma.generation.updateMany({
    where: { id: { in: ids }, status: { in: [...ACTIVE_STATUSES] }, sentAt: null, ...notLive(live) },
    data: { status: "queued", startedAt: null, instanceId: null },
  });
}

/** Work that never reached the provider and cannot run any more: interrupted, nothing billed. */
export async function interruptUnsent(ids: string[], live: readonly string[] = []): Promise<void> {
  await prisma.generation.updateMany({
    where: { id: { in: ids }, status: { in: [...ACTIVE_STATUSES] }, sentAt: null, ...notLive(live) },
    data: { status: "interrupted", errorCode: "interrupted", errorMessage: INTERRUPTED_UNSENT, costUsd: "0", finishedAt: new Date() },
  });
}
