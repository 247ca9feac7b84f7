"use client";

import { Toggletip } from "@/components/ui/toggletip";
import { estimateCost, formatUsd, type PriceRates } from "@/lib/images/cost";
import type { GenerateParams } from "@/lib/images/schemas";

/** The cost before submitting, from the token table and the team's price table; "unknown", never $0, without them. */
export function CostEstimate({ params, rates }: { params: GenerateParams; rates?: PriceRates & { takenAt?: string } }) {
  const est = estimateCost(params, rates);
  if (!est) {
    const why = rates ? "Fresco does not know this model's token count for this size." : "There is no price for this model yet: a team admin can enter one.";
    return (
      <Toggletip
        label={<>Estimate <span className="text-warning">unknown</span></>}
        ariaLabel="Estimate unknown: why"
        className="text-xs text-muted"
        data-testid="estimate"
      >
        {why}
      </Toggletip>
    );
  }
  const title = [
    `Text in: ${formatUsd(est.textIn)} (${est.usage.textTokensIn} tokens)`,
    `Image out: ${formatUsd(est.imageOut)} (${est.usage.imageTokensOut} tokens)`,
    rates?.takenAt ? `Prices as of ${rates.takenAt.slice(0, 10)}` : "",
  ]
    .filter(Boolean)
    .join("\n");
  return (
    <Toggletip
      label={<>Estimate <span className="tabular-nums text-fg">{formatUsd(est.total)}</span></>}
      ariaLabel={`Estimate ${formatUsd(est.total)}: split`}
      className="text-xs text-muted"
      data-testid="estimate"
    >
      {title}
    </Toggletip>
  );
}
