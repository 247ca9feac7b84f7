// Published price lists a team can add as its own dated rows in one click (Settings → Prices).
// OpenAI's list prices are the seeds (prices.ts); CometAPI quotes gpt-image-1-mini at
// $2.00 per 1M input tokens and $6.40 per 1M output tokens (20 % below OpenAI), so its text and
// image input are both $2.00 and its cached rates 20 % below OpenAI's (docs/images-api.md §6).
import { DEFAULT_PRICES, type PriceRates } from "./prices";
import type { ModelId } from "./models";

export interface PricePreset {
  id: "openai" | "cometapi";
  label: string;
  /** The PriceTable provider name the rows are added under. */
  provider: string;
  rows: readonly { model: ModelId; rates: PriceRates }[];
}

export const PRICE_PRESETS: readonly PricePreset[] = [
  {
    id: "openai",
    label: "OpenAI list prices",
    provider: "openai",
    rows: DEFAULT_PRICES.filter((p) => p.provider === "openai").map((p) => ({ model: p.model, rates: p.rates })),
  },
  {
    id: "cometapi",
    label: "CometAPI published prices",
    provider: "cometapi",
    rows: [
      {
        model: "gpt-image-1-mini",
        rates: { textInPerM: "2.00", cachedTextInPerM: "0.16", imageInPerM: "2.00", cachedImageInPerM: "0.20", imageOutPerM: "6.40", textOutPerM: null },
      },
    ],
  },
];
