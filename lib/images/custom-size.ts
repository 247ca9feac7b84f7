// Sizes beyond the listed ones, for the models that take them (gpt-image-2): the rule of
// docs/images-api.md §1 as sentences that name what broke, and a repair to the nearest size
// that keeps it. No node-only imports: the size picker reads it live.
import type { ConcreteSize, CustomSizeRule } from "./models";

export interface PixelSize {
  width: number;
  height: number;
}

const SIZE_PATTERN = /^([1-9]\d{0,4})x([1-9]\d{0,4})$/;

/** "2048x1152" as pixels, or null when it is not WIDTHxHEIGHT in whole pixels. */
export function parseSize(size: string): PixelSize | null {
  const match = SIZE_PATTERN.exec(size);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
}

export function formatSize({ width, height }: PixelSize): ConcreteSize {
  return `${width}x${height}`;
}

type Broken = "multiple" | "side" | "aspect" | "most" | "least";

// In the order they are reported: one sentence names the first rule a size breaks.
function firstBroken({ width, height }: PixelSize, rule: CustomSizeRule): Broken | null {
  if (width % rule.multipleOf !== 0 || height % rule.multipleOf !== 0) return "multiple";
  const long = Math.max(width, height);
  if (long > rule.maxSide) return "side";
  if (long > Math.min(width, height) * rule.maxAspect) return "aspect";
  if (width * height > rule.maxPixels) return "most";
  if (width * height < rule.minPixels) return "least";
  return null;
}

const count = (n: number) => n.toLocaleString("en-US");
const times = (p: PixelSize) => `${p.width}×${p.height}`;

/** What about this size breaks the rule, as one sentence for a person; null when it holds. */
export function customSizeProblem(size: PixelSize, rule: CustomSizeRule): string | null {
  const { width, height } = size;
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  const pixels = width * height;
  switch (firstBroken(size, rule)) {
    case null:
      return null;
    case "multiple": {
      const off = [...new Set([width, height].filter((side) => side % rule.multipleOf !== 0))];
      return `Both sides must be multiples of ${rule.multipleOf}: ${off.join(" and ")} ${off.length > 1 ? "are" : "is"} not.`;
    }
    case "side":
      return `Each side may be at most ${rule.maxSide} pixels: ${long} is more.`;
    case "aspect":
      return `The long side may be at most ${rule.maxAspect} times the short one: ${times(size)} is ${+(long / short).toFixed(2)}:1.`;
    case "most":
      return `At most 3840×2160 (${count(rule.maxPixels)} pixels): ${times(size)} is ${count(pixels)}.`;
    case "least":
      return `At least 1024×640 (${count(rule.minPixels)} pixels): ${times(size)} is ${count(pixels)}.`;
  }
}

/** Past 2560×1440 the provider calls the output experimental. */
export function isExperimental(size: PixelSize, rule: CustomSizeRule): boolean {
  return size.width * size.height > rule.experimentalAbovePixels;
}

/**
 * The allowed size nearest to `size` in shape and area (compared on logarithms, so halving and
 * doubling are as far): what a form falls back to when a size breaks the rule. For each width
 * the distance is convex in the height, so only the heights around its two ideal values and
 * the ends of the allowed range need trying.
 */
export function nearestAllowedSize(size: PixelSize, rule: CustomSizeRule): PixelSize {
  const m = rule.multipleOf;
  const aspect = Math.log(size.width / size.height);
  const area = Math.log(size.width * size.height);
  const distance = (w: number, h: number) => Math.abs(Math.log(w / h) - aspect) + Math.abs(Math.log(w * h) - area);
  let best = { width: 1024, height: 1024 };
  let bestDistance = Infinity;
  for (let width = m; width <= rule.maxSide; width += m) {
    const lo = Math.ceil(Math.max(width / rule.maxAspect, rule.minPixels / width) / m) * m;
    const hi = Math.floor(Math.min(width * rule.maxAspect, rule.maxPixels / width, rule.maxSide) / m) * m;
    if (lo > hi) continue;
    const ideal = [width / Math.exp(aspect), Math.exp(area) / width];
    const heights = [lo, hi, ...ideal.flatMap((h) => [Math.floor(h / m) * m, Math.ceil(h / m) * m])];
    for (const height of heights) {
      if (height < lo || height > hi) continue;
      const d = distance(width, height);
      if (d < bestDistance) {
        best = { width, height };
        bestDistance = d;
      }
    }
  }
  return best;
}
