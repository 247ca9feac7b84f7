// The price table in force for a provider and model. Prices are data: the first use of a
// model seeds its row from the published list, and later rows (added by an admin) win by date.
// A model with no published price gets no row: its cost is unknown, never $0.
import "server-only";
import { prisma } from "./client";
import type { PriceTable } from "@/lib/generated/prisma/client";
import { DEFAULT_PRICES, type PriceRates } from "@/lib/images/cost";

export interface PriceRow extends PriceRates {
  id: string;
  takenAt: string;
}

type PriceTableRow = Pick<PriceTable, "id" | "takenAt" | keyof PriceRates>;

/** The one mapping of a price-table row (Decimal columns) to rates as decimal strings. */
export function toPriceRow(row: PriceTableRow): PriceRow {
  return {
    id: row.id,
    textInPerM: row.textInPerM.toString(),
    cachedTextInPerM: row.cachedTextInPerM.toString(),
    imageInPerM: row.imageInPerM.toString(),
    cachedImageInPerM: row.cachedImageInPerM.toString(),
    imageOutPerM: row.imageOutPerM.toString(),
    textOutPerM: row.textOutPerM?.toString() ?? null,
    takenAt: row.takenAt.toISOString(),
  };
}

/**
 * The row in effect at `at` (now by default): the latest whose date has come, among the team's
 * own rows (lib/db/price-tables.ts) and the published list prices every team shares.
 * Without a teamId only the shared rows count.
 */
export async function currentPrices(provider: string, model: string, opts: { teamId?: string; at?: Date } = {}): Promise<PriceRow | null> {
  const teams = opts.teamId ? [{ teamId: opts.teamId }, { teamId: null }] : [{ teamId: null }];
  const find = () =>
    prisma.priceTable.findFirst({
      where: { provider, model, takenAt: { lte: opts.at ?? new Date() }, OR: teams },
      // On one date the team's own row wins over the shared one.
      orderBy: [{ takenAt: "desc" }, { teamId: { sort: "asc", nulls: "last" } }],
    });
  let row = await find();
  if (!row) {
    const seed = DEFAULT_PRICES.find((p) => p.provider === provider && p.model === model);
    // Seeded once: a time before the seed's date finds no price (unknown), not a second seed.
    if (!seed || (await prisma.priceTable.count({ where: { provider, model, teamId: null } })) > 0) return null;
    await prisma.priceTable.create({ data: { provider, model, ...seed.rates, takenAt: new Date(seed.takenAt) } });
    row = await find();
  }
  return row ? toPriceRow(row) : null;
}

/**
 * currentPrices for several models of one provider in one read (the prompt panel prices every
 * model it offers on each load). A model with no row yet is seeded as currentPrices seeds it.
 */
export async function currentPricesOfModels(provider: string, models: readonly string[], opts: { teamId?: string } = {}): Promise<Map<string, PriceRow>> {
  const teams = opts.teamId ? [{ teamId: opts.teamId }, { teamId: null }] : [{ teamId: null }];
  const rows = await prisma.priceTable.findMany({
    where: { provider, model: { in: [...models] }, takenAt: { lte: new Date() }, OR: teams },
    orderBy: [{ takenAt: "desc" }, { teamId: { sort: "asc", nulls: "last" } }],
  });
  const found = new Map<string, PriceRow>();
  // Newest first, the team's own row first on a date: the first row of each model is in force.
  for (const row of rows) if (!found.has(row.model)) found.set(row.model, toPriceRow(row));
  for (const model of models) {
    // A model without a published price has no row to seed: its cost stays unknown.
    if (found.has(model) || !DEFAULT_PRICES.some((p) => p.provider === provider && p.model === model)) continue;
    const seeded = await currentPrices(provider, model, opts);
    if (seeded) found.set(model, seeded);
  }
  return found;
}
