// Inputs of the budget actions: one schema for the form and the server action. A blank field
// is "none" for a budget and "the environment's default" for the ceiling and the rate.
import { z } from "zod";

const usd = z
  .string()
  .trim()
  .regex(/^(\d{1,7}(\.\d{1,6})?)?$/, "Enter an amount in USD like 25 or 2.50, or leave it blank.");

export const setTeamLimitsSchema = z.object({
  monthlyUsd: usd,
  requestCeilingUsd: usd,
  ratePerMinute: z
    .string()
    .trim()
    .regex(/^(\d{1,4})?$/, "Enter a whole number of requests per minute (0 for no limit), or leave it blank."),
});

export const setPersonBudgetSchema = z.object({ userId: z.string().min(1).max(64), monthlyUsd: usd });

/** One person's row in the budgets form. */
export interface PersonBudgetView {
  userId: string;
  name: string;
  /** Blank: no budget of their own. */
  monthlyUsd: string;
  usedUsd: string;
}

export interface BudgetSettingsView {
  monthlyUsd: string;
  requestCeilingUsd: string;
  ratePerMinute: string;
  /** The environment's defaults, shown as placeholders. */
  defaults: { requestCeilingUsd: string; ratePerMinute: number };
  teamUsedUsd: string;
  people: PersonBudgetView[];
}
