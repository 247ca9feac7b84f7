// How the top bar states the month's spend. A run whose cost is unknown (no usage reported,
// or stopped after the provider had it) may still have been billed, so the known sum is then
// only a lower bound, and the bar says so rather than showing a total that looks complete.
import { z } from "zod";
import { formatUsd } from "@/lib/images/cost";

export interface MonthSpend {
  /** The sum of known costs, an exact decimal string. */
  usd: string;
  /** Runs this month that may have been billed at a cost nobody knows. */
  unknownCosts: number;
}

/** The label as the event stream sends it to the top bar (the browser parses it with this). */
export const spendLabelSchema = z.object({
  amount: z.string(),
  /** e.g. "3 costs unknown", or null when every cost is known. */
  unknown: z.string().nullable(),
  title: z.string(),
});
export type SpendLabel = z.infer<typeof spendLabelSchema>;

export function monthSpendLabel({ usd, unknownCosts: n }: MonthSpend): SpendLabel {
  const total = formatUsd(usd);
  if (n === 0) return { amount: total, unknown: null, title: "Spent this calendar month (UTC)" };
  const runs = n === 1 ? "1 run" : `${n} runs`;
  return {
    amount: `≥ ${total}`,
    unknown: `${n} cost${n === 1 ? "" : "s"} unknown`,
    title:
      `At least ${total} this calendar month (UTC). ${runs} may have been billed at a cost Fresco does not know: ` +
      "the provider reported no usage, or the work was interrupted or canceled while the provider had it.",
  };
}
