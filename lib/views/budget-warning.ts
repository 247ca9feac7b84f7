// The 80 % warning: when a monthly budget's spend and holds reach 80 % of it, the studio shows
// a banner and the team's feed gets one line per budget per month.
import { formatUsd } from "@/lib/images/cost";
import { fromMicros } from "@/lib/images/micros";

export const WARN_AT_PERCENT = 80n;

export interface BudgetUse {
  kind: "team" | "person";
  limitMicros: bigint;
  usedMicros: bigint;
}

export const overWarning = (u: BudgetUse) => u.limitMicros > 0n && u.usedMicros * 100n >= u.limitMicros * WARN_AT_PERCENT;

/** "The team's monthly budget is 84 % used: $4.20 of $5.00 spent or held for work in progress." */
export function warningSentence(u: BudgetUse, person = "Your"): string {
  const pct = u.limitMicros > 0n ? (u.usedMicros * 100n) / u.limitMicros : 100n;
  const whose = u.kind === "team" ? "The team's monthly budget" : `${person} monthly budget in this team`;
  return `${whose} is ${pct > 100n ? 100n : pct} % used: ${formatUsd(fromMicros(u.usedMicros))} of ${formatUsd(fromMicros(u.limitMicros))} spent or held for work in progress. Owners and admins can raise it in Team settings → Budgets.`;
}
