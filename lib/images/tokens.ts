// Token counts for a request before it is sent: the rules the provider bills by
// (docs/images-api.md §6, §7.4–7.7), so the estimate matches what usage will report.
import { outputTokensPerImage, type ImageSize, type ModelId, type Quality } from "./models";
import { resolveQuality, resolveSize, type PixelSize } from "./resolve-auto";
import type { NormalizedUsage } from "./usage";

export type { PixelSize } from "./resolve-auto";

/** Input text tokens as the provider counts a prompt: a quarter token per character, at least 1. */
export function textTokens(prompt: string): number {
  return Math.max(1, Math.ceil(prompt.length / 4));
}

export const PARTIAL_IMAGE_TOKENS = 100;

export interface OutputTokenRequest {
  model: ModelId;
  n: number;
  size: ImageSize;
  quality: Quality;
  stream: boolean;
  partial_images: number;
}

/**
 * n × table(quality, size), plus 100 per partial image — billed only when streaming. A streamed
 * request returns one image, so Fresco makes n of them and each brings its own partials. Null
 * when the table does not cover the model and size: the estimate is then unknown, never $0.
 */
export function outputTokens(req: OutputTokenRequest, firstImage?: PixelSize): number | null {
  const perImage = outputTokensPerImage(req.model, resolveQuality(req.quality), resolveSize(req.size, firstImage));
  if (perImage === null) return null;
  const partials = req.stream ? req.partial_images : 0;
  return req.n * (perImage + PARTIAL_IMAGE_TOKENS * partials);
}

/**
 * Tokens for one input image of an edit: fit inside 2048×2048, scale (up or down) so the
 * shorter side is 512 px, round, then count 512 px tiles; 65 + 129 per tile.
 */
export function inputImageTokens({ width, height }: PixelSize): number {
  if (width <= 0 || height <= 0) throw new RangeError(`Not an image size: ${width}x${height}`);
  const fit = Math.min(1, 2048 / width, 2048 / height);
  const fittedW = width * fit;
  const fittedH = height * fit;
  const scale = 512 / Math.min(fittedW, fittedH);
  const w = Math.round(fittedW * scale);
  const h = Math.round(fittedH * scale);
  const tiles = Math.ceil(w / 512) * Math.ceil(h / 512);
  return 65 + 129 * tiles;
}

export interface UsageRequest extends OutputTokenRequest {
  prompt: string;
}

/**
 * The usage a request will report; for an edit pass the input images' sizes, first first. Image
 * models write no text, so the estimate has no output text tokens. Null when unknown.
 */
export function estimateUsage(req: UsageRequest, inputImageSizes: readonly PixelSize[] = []): NormalizedUsage | null {
  const imageTokensOut = outputTokens(req, inputImageSizes[0]);
  if (imageTokensOut === null) return null;
  // Streamed, n images are n calls, and each call sends the prompt and input images again.
  const calls = req.stream ? req.n : 1;
  const textTokensIn = calls * textTokens(req.prompt);
  const imageTokensIn = calls * inputImageSizes.reduce((sum, size) => sum + inputImageTokens(size), 0);
  return { textTokensIn, imageTokensIn, imageTokensOut, textTokensOut: 0, totalTokens: textTokensIn + imageTokensIn + imageTokensOut };
}
