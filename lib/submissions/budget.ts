// Budgets at submission: the team's limits as caps, and the hold on the team's and the
// person's monthly budgets that every submission takes before anything is stored or sent.
// The hold is settled when the work ends (lib/jobs/settle-budget.ts); docs/budgets.md.
import "server-only";
import { attachReservations, monthOf, readCounter, reserveOn, TEAM_SCOPE, unreserveOn } from "@/lib/db/budgets";
import { personBudget, teamLimits } from "@/lib/db/team-limits";
import { AppError } from "@/lib/errors";
import { formatUsd } from "@/lib/images/cost";
import { fromMicros, toMicros } from "@/lib/images/micros";
import type { ProviderChoice } from "@/lib/provider/limits";
import { PRESETS } from "@/lib/provider/presets";
import { warnIfNearBudget } from "./budget-warning";
import { capsFromEnv, estimateRequestUsd, type Caps, type PlannedRequest } from "./limits";

/** The caps a team's submissions obey: its own settings, else the environment's defaults. */
export async function teamCaps(teamId: string): Promise<Caps> {
  const limits = await teamLimits({ teamId });
  const env = capsFromEnv();
  return {
    perMinute: limits.ratePerMinute ?? env.perMinute,
    ...(limits.requestCeilingMicros === null
      ? { maxRequestUsd: env.maxRequestUsd }
      : { maxRequestUsd: fromMicros(limits.requestCeilingMicros), ceilingSource: "the team's setting" }),
  };
}

/** The price table a provider's work is estimated with: its preset's, else the environment's default (undefined). */
export function priceProviderOf(choice: ProviderChoice): string | undefined {
  return choice.preset ? PRESETS[choice.preset].priceProvider : undefined;
}

export interface BudgetHold {
  /** The hold becomes one reservation per generation, in the order the work was planned. */
  attach(generationIds: readonly string[]): Promise<void>;
  /** Nothing was queued after all (refused later, or a repeated submission): give it back. */
  release(): Promise<void>;
}

/** Reserves the estimate on the team's and the person's budgets, or refuses with a sentence. */
export async function reserveBudget(
  who: { teamId: string; userId: string },
  planned: readonly PlannedRequest[],
  now = new Date(),
): Promise<BudgetHold> {
  const [limits, personal] = await Promise.all([teamLimits({ teamId: who.teamId }), personBudget({ teamId: who.teamId, userId: who.userId })]);
  const estimates = await Promise.all(planned.map((p) => estimateRequestUsd([p], who.teamId)));
  const budgeted = limits.monthlyMicros !== null || personal !== null;
  if (budgeted && estimates.some((e) => e === null)) {
    throw new AppError(
      "INVALID_INPUT",
      "This model has no price in the team's price table, so Fresco cannot tell whether it fits the monthly budget. Ask an owner or admin to add its price (Settings → Prices).",
    );
  }
  // Without a budget an unknown estimate holds nothing; the actual cost still counts when it ends.
  const micros = estimates.map((e) => (e === null ? 0n : toMicros(e)));
  const total = micros.reduce((a, b) => a + b, 0n);
  const month = monthOf(now);
  const team = { teamId: who.teamId, scope: TEAM_SCOPE, month, micros: total };
  const person = { teamId: who.teamId, scope: who.userId, month, micros: total };

  if (!(await reserveOn({ ...team, limit: limits.monthlyMicros }))) {
    throw await refusal("the team's monthly budget", limits.monthlyMicros!, team, total);
  }
  if (!(await reserveOn({ ...person, limit: personal }))) {
    await unreserveOn(team);
    throw await refusal("your monthly budget in this team", personal!, person, total);
  }
  let open = true;
  return {
    async attach(ids) {
      open = false;
      await attachReservations(ids.map((generationId, i) => ({ generationId, teamId: who.teamId, userId: who.userId, month, micros: micros[i] ?? 0n })));
      // A feed line must never undo a queued submission.
      await warnIfNearBudget(who, now).catch((err: unknown) => console.error("[budgets] the 80 % warning failed", err));
    },
    async release() {
      if (!open) return;
      open = false;
      await Promise.all([unreserveOn(team), unreserveOn(person)]);
    },
  };
}

async function refusal(name: string, limit: bigint, at: { teamId: string; scope: string; month: string }, estimate: bigint): Promise<AppError> {
  const { spentMicros, reservedMicros } = await readCounter(at);
  const left = limit - spentMicros - reservedMicros;
  const held = reservedMicros > 0n ? `, with ${formatUsd(fromMicros(reservedMicros))} more held for work in progress` : "";
  return new AppError(
    "INVALID_INPUT",
    `This request would cost about ${formatUsd(fromMicros(estimate))}, but ${name} of ${formatUsd(fromMicros(limit))} has ` +
      `${formatUsd(fromMicros(left > 0n ? left : 0n))} left this month${held}. Ask an owner or admin to raise it, or lower n, size or quality.`,
  );
}
