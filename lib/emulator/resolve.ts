// Resolves every `auto` to a concrete value (docs/images-api.md §7.5): responses never echo `auto`.
import type { Background, OutputFormat, Quality, Size } from "./params";
import type { ImageRequest } from "./validate";

export interface Resolved {
  size: Size;
  width: number;
  height: number;
  quality: Quality;
  background: Background;
  outputFormat: OutputFormat;
}

// `auto` chooses among the listed sizes, for the flexible models too (docs/images-api.md §7.5).
const CONCRETE_SIZES: readonly Size[] = ["1024x1024", "1536x1024", "1024x1536"];

export function dimensions(size: Size): { width: number; height: number } {
  const [w, h] = size.split("x").map(Number);
  return { width: w ?? 1024, height: h ?? 1024 };
}

/**
 * The listed size whose aspect ratio is closest to the image's. Distance is measured on
 * log(aspect) so portrait and landscape are symmetric; a tie goes to the square.
 */
export function closestSize(width: number, height: number): Size {
  const target = Math.log(width / height);
  let best: Size = "1024x1024";
  let bestDistance = Infinity;
  for (const size of CONCRETE_SIZES) {
    const d = dimensions(size);
    const distance = Math.abs(Math.log(d.width / d.height) - target);
    if (distance < bestDistance - 1e-12) {
      best = size;
      bestDistance = distance;
    }
  }
  return best;
}

/** `firstImage` is the first input image of an edit; generations have none. */
export function resolve(req: ImageRequest, firstImage?: { width: number; height: number }): Resolved {
  const size =
    req.size !== "auto" ? req.size : firstImage ? closestSize(firstImage.width, firstImage.height) : "1024x1024";
  return {
    size,
    ...dimensions(size),
    quality: req.quality === "auto" ? "medium" : req.quality,
    background: req.background === "auto" ? "opaque" : req.background,
    outputFormat: req.outputFormat,
  };
}
