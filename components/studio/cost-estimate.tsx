"use client";

import { estimateCost, formatUsd, type PriceRates } from "@/lib/images/cost";
import type { GenerateParams } from "@/lib/images/schemas";

/** The cost before submitting, from the token table and the team's price table. */
export function CostEstimate({ params, rates }: { params: GenerateParams; rates?: PriceRates & { takenAt?: string } }) {
  if (!rates) return <span className="text-xs text-muted">No price table for this model</span>;
  const est = estimateCost(params, rates);
  const title = [
    `Text in: ${formatUsd(est.textIn)} (${est.usage.textTokensIn} tokens)`,
    `Image out: ${formatUsd(est.imageOut)} (${est.usage.imageTokensOut} tokens)`,
    rates.takenAt ? `Prices as of ${rates.takenAt.slice(0, 10)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return (
    <span className="text-xs text-muted" title={title} data-testid="estimate">
      Estimate <span className="tabular-nums text-fg">{formatUsd(est.total)}</span>
    </span>
  );
}
