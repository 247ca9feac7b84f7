// The top bar's spend for this calendar month (UTC), read from the running total that triggers
// on Generation keep (TeamMonthSpend, migration 20261201030000_flat_cost): one primary-key read
// on every page, however many runs the month holds. The definition is the one the triggers
// apply row by row: the sum of the known costs of the team's generations made this month that
// still exist, and how many of them may have been billed at a cost nobody knows (finished
// without usage, or interrupted or canceled after the request went out).
import "server-only";
import { toDecimalString } from "@/lib/images/decimal";
import type { MonthSpend } from "@/lib/views/month-spend";
import { prisma } from "./client";

/** Costs are kept in pico-dollars: integers add and subtract exactly on SQLite and PostgreSQL. */
const PICO_SCALE = 12;

export async function monthSpend(opts: { teamId: string; now?: Date }): Promise<MonthSpend> {
  const month = (opts.now ?? new Date()).toISOString().slice(0, 7);
  const row = await prisma.teamMonthSpend.findUnique({
    where: { teamId_month: { teamId: opts.teamId, month } },
    select: { knownPicos: true, unknownCosts: true },
  });
  const picos = row && row.knownPicos > 0n ? row.knownPicos : 0n;
  return { usd: toDecimalString({ units: picos, scale: PICO_SCALE }), unknownCosts: Math.max(0, row?.unknownCosts ?? 0) };
}
