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
import { placeholders } from "./dialect";

/** Costs are kept in pico-dollars: integers add and subtract exactly on SQLite and PostgreSQL. */
const PICO_SCALE = 12;

export async function monthSpend(opts: { teamId: string; now?: Date }): Promise<MonthSpend> {
  const month = (opts.now ?? new Date()).toISOString().slice(0, 7);
  // The sum as text: past 2^53 pico-dollars (about $9,007 in a month) the SQLite driver hands a
  // 64-bit integer back as a number that cannot hold it, and the read would throw.
  const rows = await prisma.$queryRawUnsafe<{ picos: string; unknownCosts: number | bigint }[]>(
    placeholders(`SELECT CAST("knownPicos" AS TEXT) AS "picos", "unknownCosts" FROM "TeamMonthSpend" WHERE "teamId" = ? AND "month" = ?`),
    opts.teamId,
    month,
  );
  const row = rows[0];
  const picos = row ? BigInt(row.picos) : 0n;
  return { usd: toDecimalString({ units: picos > 0n ? picos : 0n, scale: PICO_SCALE }), unknownCosts: Math.max(0, Number(row?.unknownCosts ?? 0)) };
}
