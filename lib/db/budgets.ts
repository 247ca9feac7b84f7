// The budget counters and reservations (docs/budgets.md). A reservation is ONE conditional
// UPDATE per budget on integer micro-dollars: the row is changed only if the estimate still
// fits, so concurrent submissions, in one process or several, can never overspend together.
import "server-only";
import { parseDecimal, roundTo, toDecimalString } from "@/lib/images/decimal";
import { toMicros } from "@/lib/images/micros";
import { personName } from "@/lib/views/review";
import { recordActivity } from "./activity";
import { prisma } from "./client";

export const TEAM_SCOPE = "team";

/** "2026-11": the UTC calendar month budgets count in. */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

function monthRange(month: string): { gte: Date; lt: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return { gte: new Date(Date.UTC(y, m - 1, 1)), lt: new Date(Date.UTC(y, m, 1)) };
}

/**
 * Makes the month's counter for a budget exist. A new counter starts from what the month's
 * generations already cost (work from before budgets existed, or before this person's first
 * submission of the month): none of those holds a reservation yet.
 */
async function ensureCounter(teamId: string, scope: string, month: string): Promise<void> {
  const found = await prisma.budgetCounter.findUnique({ where: { teamId_scope_month: { teamId, scope, month } }, select: { month: true } });
  if (found) return;
  const { _sum } = await prisma.generation.aggregate({
    where: { teamId, createdAt: monthRange(month), ...(scope === TEAM_SCOPE ? {} : { createdById: scope }), costUsd: { not: null } },
    _sum: { costUsd: true },
  });
  // SQLite sums decimals as floats: rounding to 10 places removes the noise (lib/db/queries.ts monthSpend).
  const spent = toMicros(toDecimalString(roundTo(parseDecimal(_sum.costUsd?.toFixed() ?? "0"), 10)));
  await prisma.$executeRaw`INSERT INTO "BudgetCounter" ("teamId", "scope", "month", "spentMicros", "reservedMicros")
    VALUES (${teamId}, ${scope}, ${month}, ${spent}, 0) ON CONFLICT DO NOTHING`;
}

/**
 * Adds `micros` to the budget's reservations if spent + reserved + micros stays within `limit`
 * (no limit: always). True when it was added.
 */
export async function reserveOn(opts: { teamId: string; scope: string; month: string; micros: bigint; limit: bigint | null }): Promise<boolean> {
  const { teamId, scope, month, micros, limit } = opts;
  await ensureCounter(teamId, scope, month);
  const changed =
    limit === null
      ? await prisma.$executeRaw`UPDATE "BudgetCounter" SET "reservedMicros" = "reservedMicros" + ${micros}
          WHERE "teamId" = ${teamId} AND "scope" = ${scope} AND "month" = ${month}`
      : await prisma.$executeRaw`UPDATE "BudgetCounter" SET "reservedMicros" = "reservedMicros" + ${micros}
          WHERE "teamId" = ${teamId} AND "scope" = ${scope} AND "month" = ${month}
          AND "spentMicros" + "reservedMicros" + ${micros} <= ${limit}`;
  return changed === 1;
}

/** Gives back a hold that was never attached to a generation (a refused or repeated submission). */
export async function unreserveOn(opts: { teamId: string; scope: string; month: string; micros: bigint }): Promise<void> {
  await prisma.$executeRaw`UPDATE "BudgetCounter" SET "reservedMicros" = "reservedMicros" - ${opts.micros}
    WHERE "teamId" = ${opts.teamId} AND "scope" = ${opts.scope} AND "month" = ${opts.month}`;
}

export interface CounterState {
  spentMicros: bigint;
  reservedMicros: bigint;
  warnedAt: Date | null;
}

export async function readCounter(opts: { teamId: string; scope: string; month: string }): Promise<CounterState> {
  const row = await prisma.budgetCounter.findUnique({
    where: { teamId_scope_month: { teamId: opts.teamId, scope: opts.scope, month: opts.month } },
    select: { spentMicros: true, reservedMicros: true, warnedAt: true },
  });
  return row ?? { spentMicros: 0n, reservedMicros: 0n, warnedAt: null };
}

/** Records the holds of a submission's generations, one per generation, once their rows exist. */
export async function attachReservations(rows: { generationId: string; teamId: string; userId: string; month: string; micros: bigint }[]): Promise<void> {
  await prisma.budgetReservation.createMany({ data: rows });
}

/** What happened to a generation's hold when it ended. */
export type Settlement = { outcome: "settled"; actualMicros: bigint } | { outcome: "released" } | { outcome: "kept" };

/**
 * Ends a generation's hold once: its reservation leaves the team's and the person's counters,
 * and the actual cost (settled), nothing (released) or the estimate (kept: cost unknown) is
 * added to what they spent. A second call finds it settled and changes nothing.
 */
export async function settleReservation(generationId: string, how: Settlement): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.budgetReservation.updateMany({
      where: { generationId, settledAt: null },
      data: { settledAt: new Date(), outcome: how.outcome, actualMicros: how.outcome === "settled" ? how.actualMicros : null },
    });
    if (count === 0) return false;
    const r = await tx.budgetReservation.findUniqueOrThrow({ where: { generationId } });
    const spent = how.outcome === "settled" ? how.actualMicros : how.outcome === "kept" ? r.micros : 0n;
    await tx.$executeRaw`UPDATE "BudgetCounter" SET "reservedMicros" = "reservedMicros" - ${r.micros}, "spentMicros" = "spentMicros" + ${spent}
      WHERE "teamId" = ${r.teamId} AND "month" = ${r.month} AND "scope" IN (${TEAM_SCOPE}, ${r.userId})`;
    return true;
  });
}

/** Open holds whose generation has ended or is gone (for the start-up sweep). */
export async function openReservations(): Promise<{ generationId: string }[]> {
  return prisma.budgetReservation.findMany({ where: { settledAt: null }, select: { generationId: true } });
}

/** Marks the budget warned for the month; true only for the one caller that marked it first. */
export async function markWarned(opts: { teamId: string; scope: string; month: string }): Promise<boolean> {
  const { count } = await prisma.budgetCounter.updateMany({ where: { ...opts, warnedAt: null }, data: { warnedAt: new Date() } });
  return count === 1;
}

/** The 80 % warning's line in the team's feed; for a person's budget it concerns that person. */
export async function recordBudgetWarning(opts: { teamId: string; targetId: string | null; sentence: (personName: string | null) => string }): Promise<void> {
  const person = opts.targetId ? await prisma.user.findUnique({ where: { id: opts.targetId }, select: { name: true, email: true } }) : null;
  await recordActivity(prisma, [
    { teamId: opts.teamId, kind: "budget", actorId: null, targetId: opts.targetId, data: { reason: opts.sentence(person ? personName(person) : null) } },
  ]);
}
