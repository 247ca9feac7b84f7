// Token usage as Fresco stores it, read from whatever a provider or relay put in `usage`.
// Anything we cannot trust becomes null (cost unknown), never zeros: a zero would show a
// paid generation as free.
import { z } from "zod";

const count = z.number().int().nonnegative();

export const normalizedUsageSchema = z.object({
  textTokensIn: count,
  imageTokensIn: count,
  imageTokensOut: count,
  // Rows and events from before text output was counted carry none.
  textTokensOut: count.default(0),
  totalTokens: count,
});
export type NormalizedUsage = z.infer<typeof normalizedUsageSchema>;

const split = z.looseObject({ text_tokens: count.optional(), image_tokens: count.optional() }).optional().catch(undefined);

const imagesUsageSchema = z.looseObject({
  input_tokens: count,
  // Every image costs output tokens, so 0 means the relay filled in a placeholder.
  output_tokens: count.min(1),
  total_tokens: count.optional().catch(undefined),
  input_tokens_details: split,
  output_tokens_details: split,
});

// Chat-completions names: a relay that reports these has counted something other than the
// Images API's tokens, so its numbers cannot be priced with the image table (docs/images-api.md §3).
const CHAT_USAGE_KEYS = ["prompt_tokens", "completion_tokens", "prompt_tokens_details", "completion_tokens_details"];

/** Splits `total` by its details, a missing half being the rest; null when the halves do not add up. */
function splitOf(total: number, first: number | undefined, second: number | undefined): [number, number] | null {
  const a = first ?? (second === undefined ? total : total - second);
  const b = second ?? total - a;
  return a < 0 || b < 0 || a + b !== total ? null : [a, b];
}

export function normalizeUsage(raw: unknown): NormalizedUsage | null {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return null;
  if (CHAT_USAGE_KEYS.some((key) => Object.hasOwn(raw, key))) return null;
  const parsed = imagesUsageSchema.safeParse(raw);
  if (!parsed.success) return null;

  const { input_tokens, output_tokens, total_tokens, input_tokens_details: inDetails, output_tokens_details: outDetails } = parsed.data;
  // Without a split, the input is all text (true for generations, and for an edit the closest
  // guess a response without details allows) and the output is all image: what an image model
  // without text output reports (docs/images-api.md §3).
  const input = splitOf(input_tokens, inDetails?.text_tokens, inDetails?.image_tokens);
  const output = splitOf(output_tokens, outDetails?.image_tokens, outDetails?.text_tokens);
  if (!input || !output) return null;
  const [textTokensIn, imageTokensIn] = input;
  const [imageTokensOut, textTokensOut] = output;
  return {
    textTokensIn,
    imageTokensIn,
    imageTokensOut,
    textTokensOut,
    totalTokens: total_tokens ?? input_tokens + output_tokens,
  };
}

/** Adds usages of the single-image calls that make up one streamed request; unknown wins. */
export function sumUsage(usages: readonly (NormalizedUsage | null)[]): NormalizedUsage | null {
  if (usages.length === 0 || usages.some((u) => u === null)) return null;
  return (usages as NormalizedUsage[]).reduce((a, b) => ({
    textTokensIn: a.textTokensIn + b.textTokensIn,
    imageTokensIn: a.imageTokensIn + b.imageTokensIn,
    imageTokensOut: a.imageTokensOut + b.imageTokensOut,
    textTokensOut: a.textTokensOut + b.textTokensOut,
    totalTokens: a.totalTokens + b.totalTokens,
  }));
}
