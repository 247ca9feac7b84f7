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

export async function currentPrices(provider: string, model: string): Promise<PriceRow | null> {
  let row = await prisma.priceTable.findFirst({
    where: { provider, model, takenAt: { lte: new Date() } },
    orderBy: { takenAt: "desc" },
  });
  if (!row) {
    const seed = DEFAULT_PRICES.find((p) => p.provider === provider && p.model === model);
    if (!seed) return null;
    row = await prisma.priceTable.create({ data: { provider, model, ...seed.rates, takenAt: new Date(seed.takenAt) } });
  }
  return toPriceRow(row);
}
