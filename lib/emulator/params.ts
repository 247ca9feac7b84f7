// The request parameters both image endpoints accept: allowed values, limits, and the zod
// schemas that are the single source of truth for them (docs/images-api.md §1, §2).
import { z } from "zod";

// The edit endpoint also takes chatgpt-image-latest; generations do not (docs/images-api.md §1).
export const GENERATION_MODELS = ["gpt-image-1-mini", "gpt-image-1", "gpt-image-1.5", "gpt-image-2", "gpt-image-2-2026-04-21"] as const;
export const EDIT_MODELS = [...GENERATION_MODELS, "chatgpt-image-latest"] as const;
/** The models that take any WIDTHxHEIGHT by the rule in sizes.ts, and no `input_fidelity`. */
export const FLEXIBLE_MODELS: readonly Model[] = ["gpt-image-2", "gpt-image-2-2026-04-21"];
export const SIZES = ["1024x1024", "1536x1024", "1024x1536", "auto"] as const;
export const QUALITIES = ["low", "medium", "high", "auto"] as const;
export const BACKGROUNDS = ["transparent", "opaque", "auto"] as const;
export const OUTPUT_FORMATS = ["png", "jpeg", "webp"] as const;
export const MODERATIONS = ["auto", "low"] as const;
export const INPUT_FIDELITIES = ["low", "high"] as const;

export type Model = (typeof EDIT_MODELS)[number];
/** A resolved size: one of the listed ones, or a flexible model's own WIDTHxHEIGHT. */
export type Size = `${number}x${number}`;
export type RequestedSize = Size | "auto";
export type Quality = Exclude<(typeof QUALITIES)[number], "auto">;
export type Background = Exclude<(typeof BACKGROUNDS)[number], "auto">;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const LIMITS = {
  promptChars: 32_000,
  n: { min: 1, max: 10 },
  partialImages: { min: 0, max: 3 },
  compression: { min: 0, max: 100 },
  images: 16,
  imageBytes: 50 * 1024 * 1024,
  maskBytes: 4 * 1024 * 1024,
  jsonBodyBytes: 4 * 1024 * 1024,
} as const;

const int = (range: { min: number; max: number }) => z.int().min(range.min).max(range.max);

// Fields shared by generations and edits. Strict objects: any other key is unknown_parameter.
// Any string passes as a size here: which sizes a model takes is checked with the model (validate.ts).
const common = {
  prompt: z.string().min(1).max(LIMITS.promptChars),
  n: int(LIMITS.n).optional(),
  size: z.string().optional(),
  quality: z.enum(QUALITIES).optional(),
  background: z.enum(BACKGROUNDS).optional(),
  output_format: z.enum(OUTPUT_FORMATS).optional(),
  output_compression: int(LIMITS.compression).optional(),
  stream: z.boolean().optional(),
  partial_images: int(LIMITS.partialImages).optional(),
  user: z.string().optional(),
  safety_identifier: z.string().optional(),
};

export const generationSchema = z.strictObject({
  model: z.enum(GENERATION_MODELS),
  ...common,
  moderation: z.enum(MODERATIONS).optional(),
});

// Edits carry no `moderation` (not in the multipart schema) but add `input_fidelity`.
export const editFieldsSchema = z.strictObject({
  model: z.enum(EDIT_MODELS),
  ...common,
  input_fidelity: z.enum(INPUT_FIDELITIES).optional(),
});

export type GenerationBody = z.infer<typeof generationSchema>;
export type EditFields = z.infer<typeof editFieldsSchema>;

/** Multipart scalars arrive as strings; these are the fields to turn back into numbers/booleans. */
export const INTEGER_FIELDS = ["n", "output_compression", "partial_images"] as const;
export const BOOLEAN_FIELDS = ["stream"] as const;
