// What the provider makes of `auto` (docs/images-api.md §7.5): the one resolver behind the
// estimate, the edit run's output frame and the form's hint. The emulator keeps its own copy
// on purpose, as an independent oracle to test this one against.
import type { PixelSize } from "./custom-size";
import { LISTED_SIZES, type Background, type ConcreteBackground, type ConcreteQuality, type ConcreteSize, type ImageSize, type Quality } from "./models";

export type { PixelSize } from "./custom-size";

/** A concrete size in pixels: a listed one or a custom WIDTHxHEIGHT. */
export function pixelsOf(size: ConcreteSize): PixelSize {
  const [width, height] = size.split("x").map(Number);
  return { width: width!, height: height! };
}

/**
 * `auto` is 1024x1024 for a generation; for an edit it is the listed size whose aspect ratio
 * is closest to the first input image's, measured on log(aspect) so portrait and landscape
 * are symmetric; a tie goes to the square (as the emulator does). Models that take custom
 * sizes resolve `auto` among the listed ones too (docs/images-api.md §7.5).
 */
export function resolveSize(size: ImageSize, firstImage?: PixelSize): ConcreteSize {
  if (size !== "auto") return size;
  if (!firstImage || firstImage.width <= 0 || firstImage.height <= 0) return "1024x1024";
  const target = Math.log(firstImage.width / firstImage.height);
  const distance = (s: ConcreteSize) => {
    const { width, height } = pixelsOf(s);
    return Math.abs(Math.log(width / height) - target);
  };
  let best: ConcreteSize = LISTED_SIZES[0];
  for (const size of LISTED_SIZES) if (distance(size) < distance(best) - 1e-12) best = size;
  return best;
}

export function resolveQuality(quality: Quality): ConcreteQuality {
  return quality === "auto" ? "medium" : quality;
}

export function resolveBackground(background: Background): ConcreteBackground {
  return background === "auto" ? "opaque" : background;
}
