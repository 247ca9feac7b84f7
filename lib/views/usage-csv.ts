// The usage CSV's columns: one line per generation, the same rows the usage page sums.
import { csvLine } from "./csv";
import type { UsageRow } from "./usage";

export const USAGE_CSV_HEADER = [
  "created_at", "generation_id", "person", "model", "provider", "project", "status",
  "tokens_in", "tokens_out", "billing", "cost_usd", "estimated_usd", "prompt",
] as const;

/** cost_usd is empty when unknown or when nothing was billed (billing says which). */
export function usageCsvLine(r: UsageRow): string {
  return csvLine([r.createdAt, r.id, r.person, r.model, r.provider, r.project, r.status, r.tokensIn, r.tokensOut, r.billing, r.costUsd, r.estimatedUsd, r.prompt]);
}
