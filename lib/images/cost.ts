// What a generation costs in USD, exactly: tokens × rate per 1M on BigInt decimals. An
// unknown usage gives an unknown cost (null), never $0.
import { z } from "zod";
import { add, compare, mulInt, parseDecimal, roundTo, shift, toDecimalString, toFixedString, type Fixed } from "./decimal";
import type { PriceRates } from "./prices";
import { estimateUsage, type PixelSize, type UsageRequest } from "./tokens";
import type { NormalizedUsage } from "./usage";

export { DEFAULT_PRICES, priceRatesSchema, type PriceRates, type PriceSeed } from "./prices";

const usd = z.string().regex(/^\d+(\.\d+)?$/);

/** USD amounts as plain decimal strings ("0.002176"). */
export const costBreakdownSchema = z.object({
  textIn: usd,
  imageIn: usd,
  imageOut: usd,
  // Breakdowns sent before text output was priced carry none.
  textOut: usd.default("0"),
  total: usd,
});
export type CostBreakdown = z.infer<typeof costBreakdownSchema>;

// Rates are per million tokens: dividing by 10^6 is a shift of the decimal point.
const perToken = (rate: string): Fixed => shift(parseDecimal(rate), 6);

/**
 * The one cost computation: a run's when it is stored, its split when it is shown, and (through
 * estimateCost) the estimate. Null when the usage or the price table is unknown, or when the
 * usage has output text tokens and the table no text-output price.
 */
export function costOf(usage: NormalizedUsage | null, rates: PriceRates | null): CostBreakdown | null {
  if (!usage || !rates) return null;
  if (usage.textTokensOut > 0 && rates.textOutPerM === null) return null;
  // The Images API reports no cached-token split, so the cached rates do not apply here.
  const textIn = mulInt(perToken(rates.textInPerM), usage.textTokensIn);
  const imageIn = mulInt(perToken(rates.imageInPerM), usage.imageTokensIn);
  const imageOut = mulInt(perToken(rates.imageOutPerM), usage.imageTokensOut);
  const textOut = mulInt(perToken(rates.textOutPerM ?? "0"), usage.textTokensOut);
  return {
    textIn: toDecimalString(textIn),
    imageIn: toDecimalString(imageIn),
    imageOut: toDecimalString(imageOut),
    textOut: toDecimalString(textOut),
    total: toDecimalString(add(add(textIn, imageIn), add(imageOut, textOut))),
  };
}

export interface CostEstimate extends CostBreakdown {
  usage: NormalizedUsage;
}

/**
 * The pre-submit estimate; for an edit pass the input images' sizes (first image first). Null
 * when the model's prices or its token count for this size are unknown: shown as "unknown".
 */
export function estimateCost(
  params: UsageRequest,
  rates: PriceRates | null | undefined,
  opts: { inputImageSizes?: readonly PixelSize[] } = {},
): CostEstimate | null {
  const usage = estimateUsage(params, opts.inputImageSizes);
  const cost = costOf(usage, rates ?? null);
  return usage && cost ? { ...cost, usage } : null;
}

const TINY = parseDecimal("0.0001");
const ONE = parseDecimal("1");

/**
 * "$0.0022" for sub-dollar amounts (single generations cost fractions of a cent), "$12.35"
 * from a dollar up, "<$0.0001" when four places would round a real cost down to nothing.
 */
/** Whether an estimate is over a per-request ceiling (a decimal string; "0" is no ceiling). */
export function overCeiling(estimate: string, ceiling: string): boolean {
  const max = parseDecimal(ceiling);
  return max.units !== 0n && compare(parseDecimal(estimate), max) > 0;
}

export function formatUsd(decimal: string): string {
  const value = parseDecimal(decimal);
  if (value.units === 0n) return "$0.00";
  if (compare(value, TINY) < 0) return "<$0.0001";
  if (compare(value, ONE) < 0) {
    const [whole = "0", fraction = ""] = toDecimalString(roundTo(value, 4)).split(".");
    return `$${whole}.${fraction.padEnd(2, "0")}`;
  }
  const [whole = "0", cents = "00"] = toFixedString(roundTo(value, 2)).split(".");
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}
