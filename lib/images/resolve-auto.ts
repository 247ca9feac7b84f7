// What the provider makes of `auto` (docs/images-api.md §7.5): the one resolver behind the
// estimate, the edit run's output frame and the form's hint. The emulator keeps its own copy
// on purpose, as an independent oracle to test this one against.
import type { Background, ConcreteBackground, ConcreteQuality, ConcreteSize, ImageSize, Quality } from "./models";

export interface PixelSize {
  width: number;
  height: number;
}

const CONCRETE_SIZES: readonly ConcreteSize[] = ["1024x1024", "1536x1024", "1024x1536"];

/** A concrete size in pixels. */
export function pixelsOf(size: ConcreteSize): PixelSize {
  const [width, height] = size.split("x").map(Number);
  return { width: width!, height: height! };
}

/**
 * `auto` is 1024x1024 for a generation; for an edit it is the supported size whose aspect
 * ratio is closest to the first input image's, measured on log(aspect) so portrait and
 * landscape are symmetric; a tie goes to the square (as the emulator does).
 */
export function resolveSize(size: ImageSize, firstImage?: PixelSize): ConcreteSize {
  if (size !== "auto") return size;
  if (!firstImage || firstImage.width <= 0 || firstImage.height <= 0) return "1024x1024";
  const target = Math.log(firstImage.width / firstImage.height);
  const distance = (s: ConcreteSize) => {
    const { width, height } = pixelsOf(s);
    return Math.abs(Math.log(width / height) - target);
  };
  let best = CONCRETE_SIZES[0]!;
  for (const size of CONCRETE_SIZES) if (distance(size) < distance(best) - 1e-12) best = size;
  return best;
}

export function resolveQuality(quality: Quality): ConcreteQuality {
  return quality === "auto" ? "medium" : quality;
}

export function resolveBackground(background: Background): ConcreteBackground {
  return background === "auto" ? "opaque" : background;
}
