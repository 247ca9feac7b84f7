// Price data: what a provider charges per 1M tokens, and OpenAI's list prices that seed the
// database's price table. Prices change, so the app reads them from the table; these
// constants are only the starting rows (docs/images-api.md §6). A model without a row here
// (gpt-image-1, gpt-image-2, chatgpt-image-latest: no published price in the contract) costs
// "unknown" until an admin enters its prices.
import { z } from "zod";
import type { ModelId } from "./models";

const usdPerMillion = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?$/, "Enter a price in USD like 2.50.");

export const priceRatesSchema = z.object({
  textInPerM: usdPerMillion,
  cachedTextInPerM: usdPerMillion,
  imageInPerM: usdPerMillion,
  cachedImageInPerM: usdPerMillion,
  imageOutPerM: usdPerMillion,
  /** Null until a price is known: output text tokens then make a cost unknown, never $0. */
  textOutPerM: usdPerMillion.nullable(),
});

/** USD per 1M tokens, as decimal strings ("2.00") so no float ever touches money. */
export type PriceRates = z.infer<typeof priceRatesSchema>;

export interface PriceSeed {
  provider: string;
  model: ModelId;
  rates: PriceRates;
  /** The day the prices were read off the provider's page (YYYY-MM-DD). */
  takenAt: string;
}

export const DEFAULT_PRICES: readonly PriceSeed[] = [
  {
    provider: "openai",
    model: "gpt-image-1-mini",
    rates: { textInPerM: "2.00", cachedTextInPerM: "0.20", imageInPerM: "2.50", cachedImageInPerM: "0.25", imageOutPerM: "8.00", textOutPerM: null },
    takenAt: "2026-11-01",
  },
  {
    provider: "openai",
    model: "gpt-image-1.5",
    rates: { textInPerM: "5.00", cachedTextInPerM: "1.25", imageInPerM: "8.00", cachedImageInPerM: "2.00", imageOutPerM: "32.00", textOutPerM: null },
    takenAt: "2026-11-01",
  },
];
