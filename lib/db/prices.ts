// The price table in force for a provider and model. Prices are data: the first use of a
// model seeds its row from the published list, and later rows (added by an admin) win by date.
import "server-only";
import { prisma } from "./client";
import { DEFAULT_PRICES } from "@/lib/images/cost";

export interface PriceRow {
  id: string;
  textInPerM: string;
  cachedTextInPerM: string;
  imageInPerM: string;
  cachedImageInPerM: string;
  imageOutPerM: string;
  takenAt: string;
}

export async function currentPrices(provider: string, model: string): Promise<PriceRow | null> {
  let row = await prisma.priceTable.findFirst({
    where: { provider, model, takenAt: { lte: new Date() } },
    orderBy: { takenAt: "desc" },
  });
  if (!row) {
    const seed = DEFAULT_PRICES.find((p) => p.provider === provider && p.model === model);
    if (!seed) return null;
    row = await prisma.priceTable.create({
      data: {
        provider,
        model,
        textInPerM: seed.rates.textInPerM,
        cachedTextInPerM: seed.rates.cachedTextInPerM,
        imageInPerM: seed.rates.imageInPerM,
        cachedImageInPerM: seed.rates.cachedImageInPerM,
        imageOutPerM: seed.rates.imageOutPerM,
        takenAt: new Date(seed.takenAt),
      },
    });
  }
  return {
    id: row.id,
    textInPerM: row.textInPerM.toString(),
    cachedTextInPerM: row.cachedTextInPerM.toString(),
    imageInPerM: row.imageInPerM.toString(),
    cachedImageInPerM: row.cachedImageInPerM.toString(),
    imageOutPerM: row.imageOutPerM.toString(),
    takenAt: row.takenAt.toISOString(),
  };
}
