// On start, and for the work of a dead instance when several share the database (never a live
// one's: ./instances.ts): settle the work a previous process left queued or running. Work sent to the
// provider may have been billed and cannot be resumed (interrupted, cost unknown). Work never
// sent goes back into the runner's queue in creation order, keeping its row and idempotency
// key, so it runs exactly once; work that cannot run any more is interrupted, nothing billed.
import "server-only";
import { interruptSent, interruptUnsent, listUnsent, resetToQueued } from "@/lib/db/unfinished";
import type { QueuedJob } from "@/lib/ports/job-queue";
import { services } from "@/lib/services";
import { settleEndedBudgets } from "./settle-budget";

export interface Settled {
  interrupted: number;
  requeued: number;
  /** Never sent, but its author's account or its edit inputs are gone. */
  dropped: number;
}

export interface SettleScope {
  /**
   * Instances whose running work is left alone: they are alive and run it (several instances
   * share the database). Default: none, so everything running belonged to a stopped process.
   */
  live?: readonly string[];
  /**
   * Which queued rows go (back) into the queue: all of them on start (the queue adds a job only
   * once), or only these ids, whose jobs a dead instance had taken (the sweep).
   */
  queued?: "all" | readonly string[];
}

export async function settleUnfinished(scope: SettleScope = {}): Promise<Settled> {
  const { live = [], queued = "all" } = scope;
  const interrupted = (await interruptSent(live)).length;
  const jobs: QueuedJob[] = [];
  const dropped: string[] = [];
  for (const row of await listUnsent(live, queued)) {
    const owner = row.createdById;
    const inputsOk = row.kind !== "edit" || (row.inputs.length > 0 && (await allPresent(row.inputs.map((i) => i.storageKey))));
    if (owner && inputsOk) jobs.push({ id: row.id, owner, teamId: row.teamId });
    else dropped.push(row.id);
  }
  await interruptUnsent(dropped, live);
  await resetToQueued(jobs.map((j) => j.id), live);
  await services().jobs.enqueue(jobs);
  // Budget holds of work that ended above, or while no process was there to settle them
  // (a sweep that found nothing has nothing to settle).
  if (queued === "all" || interrupted + jobs.length + dropped.length > 0) await settleEndedBudgets();
  return { interrupted, requeued: jobs.length, dropped: dropped.length };
}

async function allPresent(keys: string[]): Promise<boolean> {
  const { blobs } = services();
  return (await Promise.all(keys.map((key) => blobs.stat(key)))).every(Boolean);
}
