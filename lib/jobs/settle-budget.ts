// Ends a generation's budget hold by how the generation ended (docs/budgets.md):
// - a known cost settles it with that cost (a run canceled before sending costs $0: released);
// - a provider failure releases it (nothing was made, nothing billed);
// - an unknown cost keeps the estimate as spent: the provider may have billed a call that was
//   canceled or interrupted while it had it, or that answered without usage, and a budget
//   must not be overspent on what nobody can see. Images lost in storage were billed too.
import "server-only";
import { openReservations, settleReservation, type Settlement } from "@/lib/db/budgets";
import { getGenerationForRun } from "@/lib/db/generations";
import { ACTIVE_STATUSES } from "@/lib/generations/status";
import { toMicros } from "@/lib/images/micros";

type Ended = { status: string; costUsd: { toFixed(): string } | null; errorCode: string | null } | null;

export function settlementOf(row: Ended): Settlement | null {
  // A generation deleted while its hold was open: keep it, its spend may be real.
  if (!row) return { outcome: "kept" };
  if ((ACTIVE_STATUSES as readonly string[]).includes(row.status)) return null;
  if (row.costUsd !== null) {
    const actualMicros = toMicros(row.costUsd.toFixed());
    return actualMicros === 0n ? { outcome: "released" } : { outcome: "settled", actualMicros };
  }
  if (row.status === "failed" && row.errorCode !== "storage") return { outcome: "released" };
  return { outcome: "kept" };
}

/** Settles the hold of one generation that has ended; nothing when it is still active. */
export async function settleBudget(generationId: string): Promise<void> {
  const how = settlementOf(await getGenerationForRun(generationId));
  if (how) await settleReservation(generationId, how);
}

/** On start, after unfinished work is settled: every hold whose generation has ended. */
export async function settleEndedBudgets(): Promise<number> {
  let settled = 0;
  for (const { generationId } of await openReservations()) {
    const how = settlementOf(await getGenerationForRun(generationId));
    if (how && (await settleReservation(generationId, how))) settled++;
  }
  return settled;
}
