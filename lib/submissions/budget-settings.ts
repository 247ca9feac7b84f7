// What the budgets section of team settings shows: the team's limits (blank = default or
// none), the environment's defaults, and this month's use of each budget.
import "server-only";
import { monthOf, readCounter, TEAM_SCOPE } from "@/lib/db/budgets";
import { personBudgets, teamLimits } from "@/lib/db/team-limits";
import { listMembers } from "@/lib/db/teams";
import { fromMicros } from "@/lib/images/micros";
import { personName } from "@/lib/views/review";
import type { BudgetSettingsView } from "@/lib/views/budget-form";
import { capsFromEnv } from "./limits";

export async function loadBudgetSettings(teamId: string, now = new Date()): Promise<BudgetSettingsView> {
  const month = monthOf(now);
  const [limits, budgets, members] = await Promise.all([teamLimits({ teamId }), personBudgets({ teamId }), listMembers({ teamId })]);
  const used = async (scope: string) => {
    const c = await readCounter({ teamId, scope, month });
    return fromMicros(c.spentMicros + c.reservedMicros);
  };
  const env = capsFromEnv();
  return {
    monthlyUsd: limits.monthlyMicros === null ? "" : fromMicros(limits.monthlyMicros),
    requestCeilingUsd: limits.requestCeilingMicros === null ? "" : fromMicros(limits.requestCeilingMicros),
    ratePerMinute: limits.ratePerMinute === null ? "" : String(limits.ratePerMinute),
    defaults: { requestCeilingUsd: env.maxRequestUsd, ratePerMinute: env.perMinute },
    teamUsedUsd: await used(TEAM_SCOPE),
    people: await Promise.all(
      members
        .filter((m) => m.role !== "viewer")
        .map(async (m) => {
          const budget = budgets.get(m.userId);
          return { userId: m.userId, name: personName(m), monthlyUsd: budget === undefined ? "" : fromMicros(budget), usedUsd: await used(m.userId) };
        }),
    ),
  };
}
