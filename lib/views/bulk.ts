// Acting on many images at once: the ids a bulk action takes, and what it answers per id, so a
// person reads "3 approved, 1 was not in review" rather than a single yes or no.
import { z } from "zod";

export const BULK_MAX = 500;

export const bulkIdsSchema = z
  .array(z.string().min(1).max(64))
  .min(1, "Select at least one image.")
  .max(BULK_MAX, `Select at most ${BULK_MAX} images at a time.`)
  .transform((ids) => [...new Set(ids)]);

/** Ids grouped by what happened to them; "skipped" carries why (an image not in review, …). */
export interface BulkOutcome {
  done: string[];
  notFound: string[];
  forbidden: string[];
  skipped: { id: string; reason: string }[];
}

export const emptyOutcome = (): BulkOutcome => ({ done: [], notFound: [], forbidden: [], skipped: [] });

/** "3 moved to the trash, 1 is a teammate's, 1 was not found". */
export function describeOutcome(outcome: BulkOutcome, verb: string): string {
  const parts = [`${outcome.done.length} ${verb}`];
  if (outcome.forbidden.length) parts.push(`${outcome.forbidden.length} ${outcome.forbidden.length === 1 ? "is a teammate's" : "are teammates'"}`);
  const reasons = new Map<string, number>();
  for (const s of outcome.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  for (const [reason, n] of reasons) parts.push(`${n} ${reason}`);
  if (outcome.notFound.length) parts.push(`${outcome.notFound.length} ${outcome.notFound.length === 1 ? "was" : "were"} not found`);
  return parts.join(", ");
}
