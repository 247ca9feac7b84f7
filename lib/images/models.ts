// The image models Fresco offers, as data (docs/images-api.md §1, §2): the forms, the schemas
// and the cost model all read this table, so supporting another model is one more entry here.
// No node-only imports: the browser reads it too.

/** The sizes every GPT image model takes; gpt-image-2 also takes others by rule (custom-size.ts). */
export const LISTED_SIZES = ["1024x1024", "1536x1024", "1024x1536"] as const;
export const IMAGE_SIZES = [...LISTED_SIZES, "auto"] as const;
export const QUALITIES = ["low", "medium", "high", "auto"] as const;
export const OUTPUT_FORMATS = ["png", "jpeg", "webp"] as const;
export const BACKGROUNDS = ["transparent", "opaque", "auto"] as const;
export const MODERATIONS = ["auto", "low"] as const;
export const INPUT_FIDELITIES = ["low", "high"] as const;
export const ENDPOINTS = ["generate", "edit"] as const;

/** WIDTHxHEIGHT in pixels: a listed size, or a custom one where the model allows it. */
export type ConcreteSize = `${number}x${number}`;
export type ImageSize = ConcreteSize | "auto";
export type ListedSize = (typeof LISTED_SIZES)[number];
export type Quality = (typeof QUALITIES)[number];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type Background = (typeof BACKGROUNDS)[number];
export type Moderation = (typeof MODERATIONS)[number];
export type InputFidelity = (typeof INPUT_FIDELITIES)[number];
export type Endpoint = (typeof ENDPOINTS)[number];

/** A quality or background after the provider (or our estimate) has resolved `auto`. */
export type ConcreteQuality = Exclude<Quality, "auto">;
export type ConcreteBackground = Exclude<Background, "auto">;

/** Output image tokens per image, by quality and listed size. */
export type OutputTokenTable = Readonly<Record<ConcreteQuality, Readonly<Record<ListedSize, number>>>>;

/** The rule for sizes beyond the listed ones (docs/images-api.md §1); see custom-size.ts. */
export interface CustomSizeRule {
  multipleOf: number;
  maxSide: number;
  minPixels: number;
  maxPixels: number;
  /** The long side may be at most this many times the short one. */
  maxAspect: number;
  /** Past this many pixels the provider calls the output experimental. */
  experimentalAbovePixels: number;
}

export interface ImageModel {
  label: string;
  /** Which endpoints take the model: `chatgpt-image-latest` only edits. */
  endpoints: readonly Endpoint[];
  /** The listed sizes and `auto`; `customSizes` says which others are allowed, if any. */
  sizes: readonly (ListedSize | "auto")[];
  customSizes: CustomSizeRule | null;
  qualities: readonly Quality[];
  formats: readonly OutputFormat[];
  backgrounds: readonly Background[];
  /** "preview": the provider offers a transparent background, but as a preview. */
  transparency: "supported" | "preview" | "none";
  n: { min: number; max: number };
  /** Values accepted for `input_fidelity` on edits, the provider's default first; empty: never sent. */
  inputFidelity: readonly InputFidelity[];
  streaming: boolean;
  maxPartialImages: number;
  /** Null where no count is published (gpt-image-2): its estimate is unknown, never invented. */
  outputTokens: OutputTokenTable | null;
}

// The published table for the GPT image models before gpt-image-2 (docs/images-api.md §6).
const GPT_IMAGE_1_OUTPUT_TOKENS: OutputTokenTable = {
  low: { "1024x1024": 272, "1024x1536": 408, "1536x1024": 400 },
  medium: { "1024x1024": 1056, "1024x1536": 1584, "1536x1024": 1568 },
  high: { "1024x1024": 4160, "1024x1536": 6240, "1536x1024": 6208 },
};

// Sides multiples of 16, 1:3 to 3:1, at most 3840 a side and 3840x2160 in pixels, at least
// 655,360 pixels; past 2560x1440 experimental (docs/images-api.md §1).
export const GPT_IMAGE_2_SIZES: CustomSizeRule = {
  multipleOf: 16,
  maxSide: 3840,
  minPixels: 655_360,
  maxPixels: 3840 * 2160,
  maxAspect: 3,
  experimentalAbovePixels: 2560 * 1440,
};

const GPT_IMAGE_1_FAMILY = {
  endpoints: ENDPOINTS,
  sizes: IMAGE_SIZES,
  customSizes: null,
  qualities: QUALITIES,
  formats: OUTPUT_FORMATS,
  backgrounds: BACKGROUNDS,
  transparency: "supported",
  n: { min: 1, max: 10 },
  inputFidelity: INPUT_FIDELITIES,
  streaming: true,
  maxPartialImages: 3,
  outputTokens: GPT_IMAGE_1_OUTPUT_TOKENS,
} as const satisfies Omit<ImageModel, "label">;

// gpt-image-2 reads every input image at high fidelity and takes no `input_fidelity`.
const GPT_IMAGE_2 = {
  ...GPT_IMAGE_1_FAMILY,
  customSizes: GPT_IMAGE_2_SIZES,
  transparency: "preview",
  inputFidelity: [],
  outputTokens: null,
} as const satisfies Omit<ImageModel, "label">;

export const MODELS = {
  "gpt-image-1-mini": { ...GPT_IMAGE_1_FAMILY, label: "GPT Image 1 mini", inputFidelity: ["low"] },
  "gpt-image-1": { ...GPT_IMAGE_1_FAMILY, label: "GPT Image 1" },
  "gpt-image-1.5": { ...GPT_IMAGE_1_FAMILY, label: "GPT Image 1.5" },
  "gpt-image-2": { ...GPT_IMAGE_2, label: "GPT Image 2" },
  "gpt-image-2-2026-04-21": { ...GPT_IMAGE_2, label: "GPT Image 2 (2026-04-21)" },
  "chatgpt-image-latest": { ...GPT_IMAGE_1_FAMILY, label: "ChatGPT Image (latest)", endpoints: ["edit"] },
} as const satisfies Record<string, ImageModel>;

export type ModelId = keyof typeof MODELS;

export const MODEL_IDS = Object.keys(MODELS) as [ModelId, ...ModelId[]];

export const DEFAULT_MODEL: ModelId = "gpt-image-1-mini";

/** The model a finalist is re-run on by default. */
export const NEWEST_MODEL: ModelId = "gpt-image-2";

export function getModel(id: ModelId): ImageModel {
  return MODELS[id];
}

export function isModelId(value: string): value is ModelId {
  return Object.hasOwn(MODELS, value);
}

/** The models one endpoint takes, in the registry's order. */
export function modelsFor(endpoint: Endpoint): ModelId[] {
  return MODEL_IDS.filter((id) => getModel(id).endpoints.includes(endpoint));
}

export function isListedSize(size: string): size is ListedSize {
  return (LISTED_SIZES as readonly string[]).includes(size);
}

/**
 * Output image tokens for one image, or null when none are published for this model and size
 * (gpt-image-2, or any custom size): the estimate then says "unknown" rather than guess.
 */
export function outputTokensPerImage(model: ModelId, quality: ConcreteQuality, size: ConcreteSize): number | null {
  const table = getModel(model).outputTokens;
  return table && isListedSize(size) ? table[quality][size] : null;
}
