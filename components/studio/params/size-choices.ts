// What the size picker offers a model: its listed sizes, and where it takes custom sizes the
// presets people reach for (16:9, 9:16, 4K) and a custom width × height checked as it is
// typed. Every preset is kept only if the model's own rule accepts it.
import { customSizeProblem, formatSize, isExperimental, parseSize, type PixelSize } from "@/lib/images/custom-size";
import type { ConcreteSize, ImageModel, ImageSize } from "@/lib/images/models";

export type SizeChoiceValue = ImageSize | "custom";

export interface SizeChoice {
  value: SizeChoiceValue;
  label: string;
  /** The shape drawn beside the label; none for auto and custom. */
  pixels?: PixelSize;
  experimental: boolean;
}

const LISTED: readonly { label: string; size: ConcreteSize }[] = [
  { label: "Square", size: "1024x1024" },
  { label: "Landscape", size: "1536x1024" },
  { label: "Portrait", size: "1024x1536" },
];

// Sides multiples of 16 in the shapes screens and prints use; 4K is past 2560×1440, experimental.
const PRESETS: readonly { label: string; size: ConcreteSize }[] = [
  { label: "16:9", size: "2048x1152" },
  { label: "9:16", size: "1152x2048" },
  { label: "4K", size: "3840x2160" },
];

export function sizeChoices(model: ImageModel): SizeChoice[] {
  const rule = model.customSizes;
  const preset = ({ label, size }: { label: string; size: ConcreteSize }): SizeChoice => {
    const pixels = parseSize(size)!;
    return { value: size, label, pixels, experimental: rule ? isExperimental(pixels, rule) : false };
  };
  const listed = LISTED.filter(({ size }) => (model.sizes as readonly string[]).includes(size)).map(preset);
  const auto: SizeChoice = { value: "auto", label: "Auto", experimental: false };
  if (!rule) return [...listed, auto];
  const more = PRESETS.filter(({ size }) => customSizeProblem(parseSize(size)!, rule) === null).map(preset);
  return [...listed, auto, ...more, { value: "custom", label: "Custom", experimental: false }];
}

/** The choice a size shows as: its preset, or "custom" for any other size the model takes. */
export function choiceFor(choices: readonly SizeChoice[], size: ImageSize): SizeChoiceValue {
  return choices.some((c) => c.value === size) ? size : "custom";
}

export interface CustomDraft {
  /** Set when the draft is a size the model takes. */
  size?: ConcreteSize;
  /** The broken rule, as a sentence. */
  error?: string;
  experimental: boolean;
}

/** A width and a height as typed, judged by the model's rule. */
export function judgeDraft(width: string, height: string, model: ImageModel): CustomDraft {
  const rule = model.customSizes;
  if (!rule) return { error: `${model.label} takes only the sizes above.`, experimental: false };
  const sides = [width.trim(), height.trim()];
  if (sides.some((s) => s === "")) return { error: "Enter a width and a height in pixels.", experimental: false };
  if (sides.some((s) => !/^\d+$/.test(s) || Number(s) === 0)) return { error: "Sides are whole pixels, above 0.", experimental: false };
  const pixels = { width: Number(sides[0]), height: Number(sides[1]) };
  const error = customSizeProblem(pixels, rule);
  return error ? { error, experimental: false } : { size: formatSize(pixels), experimental: isExperimental(pixels, rule) };
}

/** Whether the provider calls this size experimental on this model (past 2560×1440 on gpt-image-2). */
export function isExperimentalSize(model: ImageModel, size: ImageSize): boolean {
  const pixels = size === "auto" ? null : parseSize(size);
  return Boolean(model.customSizes && pixels && isExperimental(pixels, model.customSizes));
}

/** "2048 × 1152 · 2.4 MP" for the picker's caption. */
export function describeSize(size: ImageSize): string {
  const pixels = size === "auto" ? null : parseSize(size);
  if (!pixels) return "Chosen by the model";
  return `${pixels.width} × ${pixels.height} · ${((pixels.width * pixels.height) / 1e6).toFixed(1)} MP`;
}
