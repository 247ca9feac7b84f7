// Reads how far the team's and the person's monthly budgets are used, and records the 80 %
// warning in the team's feed once per budget per month (the counter's warnedAt decides who).
import "server-only";
import { markWarned, monthOf, readCounter, recordBudgetWarning, TEAM_SCOPE } from "@/lib/db/budgets";
import { personBudget, teamLimits } from "@/lib/db/team-limits";
import { overWarning, warningSentence, type BudgetUse } from "@/lib/views/budget-warning";

/** The budgets this person works under this month, with what is spent or held on each. */
export async function budgetUses(who: { teamId: string; userId: string }, now = new Date()): Promise<(BudgetUse & { scope: string })[]> {
  const month = monthOf(now);
  const [limits, personal] = await Promise.all([teamLimits({ teamId: who.teamId }), personBudget(who)]);
  const out: (BudgetUse & { scope: string })[] = [];
  for (const [kind, scope, limit] of [["team", TEAM_SCOPE, limits.monthlyMicros], ["person", who.userId, personal]] as const) {
    if (limit === null) continue;
    const c = await readCounter({ teamId: who.teamId, scope, month });
    out.push({ kind, scope, limitMicros: limit, usedMicros: c.spentMicros + c.reservedMicros });
  }
  return out;
}

/** After a submission's hold: the first to cross 80 % of a budget this month writes the feed line. */
export async function warnIfNearBudget(who: { teamId: string; userId: string }, now = new Date()): Promise<void> {
  for (const use of await budgetUses(who, now)) {
    if (!overWarning(use) || !(await markWarned({ teamId: who.teamId, scope: use.scope, month: monthOf(now) }))) continue;
    const person = use.kind === "person" ? who.userId : null;
    await recordBudgetWarning({ teamId: who.teamId, targetId: person, sentence: (name) => warningSentence(use, name ? `${name}'s` : "Your") });
  }
}
