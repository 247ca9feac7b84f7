// The image models Fresco offers, as data: the form, the schemas and the cost model all read
// this table, so supporting another model is one more entry here and nothing else.

export const IMAGE_SIZES = ["1024x1024", "1536x1024", "1024x1536", "auto"] as const;
export const QUALITIES = ["low", "medium", "high", "auto"] as const;
export const OUTPUT_FORMATS = ["png", "jpeg", "webp"] as const;
export const BACKGROUNDS = ["transparent", "opaque", "auto"] as const;
export const MODERATIONS = ["auto", "low"] as const;
export const INPUT_FIDELITIES = ["low", "high"] as const;

export type ImageSize = (typeof IMAGE_SIZES)[number];
export type Quality = (typeof QUALITIES)[number];
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type Background = (typeof BACKGROUNDS)[number];
export type Moderation = (typeof MODERATIONS)[number];
export type InputFidelity = (typeof INPUT_FIDELITIES)[number];

/** A size or quality after the provider (or our estimate) has resolved `auto`. */
export type ConcreteSize = Exclude<ImageSize, "auto">;
export type ConcreteQuality = Exclude<Quality, "auto">;
export type ConcreteBackground = Exclude<Background, "auto">;

/** Output image tokens per image, by quality and size. */
export type OutputTokenTable = Readonly<Record<ConcreteQuality, Readonly<Record<ConcreteSize, number>>>>;

export interface ImageModel {
  label: string;
  sizes: readonly ImageSize[];
  qualities: readonly Quality[];
  formats: readonly OutputFormat[];
  backgrounds: readonly Background[];
  n: { min: number; max: number };
  /** Values accepted for `input_fidelity` on edits; the first is the provider's default. */
  inputFidelity: readonly InputFidelity[];
  streaming: boolean;
  maxPartialImages: number;
  outputTokens: OutputTokenTable;
}

// The published table for the GPT image models before gpt-image-2 (docs/images-api.md §6).
const GPT_IMAGE_1_OUTPUT_TOKENS: OutputTokenTable = {
  low: { "1024x1024": 272, "1024x1536": 408, "1536x1024": 400 },
  medium: { "1024x1024": 1056, "1024x1536": 1584, "1536x1024": 1568 },
  high: { "1024x1024": 4160, "1024x1536": 6240, "1536x1024": 6208 },
};

export const MODELS = {
  "gpt-image-1-mini": {
    label: "GPT Image 1 mini",
    sizes: IMAGE_SIZES,
    qualities: QUALITIES,
    formats: OUTPUT_FORMATS,
    backgrounds: BACKGROUNDS,
    n: { min: 1, max: 10 },
    inputFidelity: ["low"],
    streaming: true,
    maxPartialImages: 3,
    outputTokens: GPT_IMAGE_1_OUTPUT_TOKENS,
  },
  "gpt-image-1.5": {
    label: "GPT Image 1.5",
    sizes: IMAGE_SIZES,
    qualities: QUALITIES,
    formats: OUTPUT_FORMATS,
    backgrounds: BACKGROUNDS,
    n: { min: 1, max: 10 },
    inputFidelity: ["low", "high"],
    streaming: true,
    maxPartialImages: 3,
    outputTokens: GPT_IMAGE_1_OUTPUT_TOKENS,
  },
} as const satisfies Record<string, ImageModel>;

export type ModelId = keyof typeof MODELS;

export const MODEL_IDS = Object.keys(MODELS) as [ModelId, ...ModelId[]];

export const DEFAULT_MODEL: ModelId = "gpt-image-1-mini";

export function getModel(id: ModelId): ImageModel {
  return MODELS[id];
}

export function isModelId(value: string): value is ModelId {
  return Object.hasOwn(MODELS, value);
}
