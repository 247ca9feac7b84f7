// Token accounting (docs/images-api.md §6, §7.4, §7.6, §7.7): the usage the emulator reports is what the same
// request would be billed on OpenAI, so offline cost figures are real ones.
import type { Quality, Size } from "./params";

const LISTED = ["1024x1024", "1024x1536", "1536x1024"] as const;
type Listed = (typeof LISTED)[number];

const OUTPUT_TOKENS: Record<Quality, Record<Listed, number>> = {
  low: { "1024x1024": 272, "1024x1536": 408, "1536x1024": 400 },
  medium: { "1024x1024": 1056, "1024x1536": 1584, "1536x1024": 1568 },
  high: { "1024x1024": 4160, "1024x1536": 6240, "1536x1024": 6208 },
};

export const PARTIAL_IMAGE_TOKENS = 100;

/** ceil(characters / 4), at least 1. Characters are UTF-16 code units, like the length limit. */
export function textTokens(prompt: string): number {
  return Math.max(1, Math.ceil(prompt.length / 4));
}

/** Fit inside 2048², scale so the shorter side is 512 px, round, count 512 px tiles. */
export function imageInputTokens(width: number, height: number): number {
  const fit = Math.min(1, 2048 / width, 2048 / height);
  const w1 = width * fit;
  const h1 = height * fit;
  const scale = 512 / Math.min(w1, h1);
  const w = Math.round(w1 * scale);
  const h = Math.round(h1 * scale);
  const tiles = Math.ceil(w / 512) * Math.ceil(h / 512);
  return 65 + 129 * tiles;
}

const isListed = (size: string): size is Listed => (LISTED as readonly string[]).includes(size);

/**
 * The published table for the listed sizes. No count is published for other sizes (gpt-image-2's
 * own): the emulator scales the square's entry by area, which reproduces the table's portrait
 * column exactly, so its usage stays in proportion to the pixels it made (README).
 */
export function outputTokensPerImage(quality: Quality, size: Size): number {
  if (isListed(size)) return OUTPUT_TOKENS[quality][size];
  const [width = 1024, height = 1024] = size.split("x").map(Number);
  return Math.round((OUTPUT_TOKENS[quality]["1024x1024"] * width * height) / (1024 * 1024));
}

export interface Usage {
  input_tokens: number;
  input_tokens_details: { text_tokens: number; image_tokens: number };
  output_tokens: number;
  // Both halves, as the specification's ImageGenUsage requires; an image model writes no text.
  output_tokens_details: { image_tokens: number; text_tokens: number };
  total_tokens: number;
}

/** A streamed `completed` event's usage: the specification's ImagesUsage, which has no output split. */
export type StreamedUsage = Omit<Usage, "output_tokens_details">;

export function streamedUsage({ input_tokens, input_tokens_details, output_tokens, total_tokens }: Usage): StreamedUsage {
  return { input_tokens, input_tokens_details, output_tokens, total_tokens };
}

export interface UsageInput {
  prompt: string;
  /** Sizes of the input images of an edit (the mask is not counted). */
  inputImages: readonly { width: number; height: number }[];
  n: number;
  quality: Quality;
  size: Size;
  /** Partial images actually streamed; 0 when not streaming. */
  partialImages: number;
}

export function usageFor(input: UsageInput): Usage {
  const text = textTokens(input.prompt);
  const image = input.inputImages.reduce((sum, img) => sum + imageInputTokens(img.width, img.height), 0);
  const output =
    input.n * outputTokensPerImage(input.quality, input.size) + PARTIAL_IMAGE_TOKENS * input.partialImages;
  return {
    input_tokens: text + image,
    input_tokens_details: { text_tokens: text, image_tokens: image },
    output_tokens: output,
    output_tokens_details: { image_tokens: output, text_tokens: 0 },
    total_tokens: text + image + output,
  };
}
