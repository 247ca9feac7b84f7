// Request parameters for generations and edits: the one definition the browser form, the
// server action and the provider client share. No node-only imports: this runs in the browser.
import { z } from "zod";
import { parseSize } from "./custom-size";
import { brokenRules, SIZE_FORMAT, type RuledParams } from "./model-rules";
import {
  BACKGROUNDS,
  DEFAULT_MODEL,
  INPUT_FIDELITIES,
  MODEL_IDS,
  MODERATIONS,
  OUTPUT_FORMATS,
  QUALITIES,
  type Endpoint,
  type ImageSize,
} from "./models";

export { providerResponseSchema, streamEventSchema, type ProviderResponse, type StreamEvent } from "./response-schema";

export const MAX_PROMPT_CHARS = 32_000;

// Form fields arrive as strings, and an empty field means "not set", not 0.
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const int = (min: number, max: number) =>
  z.coerce
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(min, `Use a value from ${min} to ${max}.`)
    .max(max, `Use a value from ${min} to ${max}.`);
const flag = z.union([z.boolean(), z.stringbool()]);

const commonFields = {
  model: z.enum(MODEL_IDS).default(DEFAULT_MODEL),
  prompt: z
    .string()
    .trim()
    .min(1, "Write a prompt describing the image.")
    .max(MAX_PROMPT_CHARS, `The prompt is too long: keep it under ${MAX_PROMPT_CHARS.toLocaleString("en-US")} characters.`),
  n: z.preprocess(blankToUndefined, int(1, 10).default(1)),
  // `auto` or WIDTHxHEIGHT; which sizes a model takes is its rule's to say (model-rules.ts).
  size: z.custom<ImageSize>((v) => v === "auto" || (typeof v === "string" && parseSize(v) !== null), SIZE_FORMAT).default("auto"),
  quality: z.enum(QUALITIES).default("auto"),
  background: z.enum(BACKGROUNDS).default("auto"),
  output_format: z.enum(OUTPUT_FORMATS).default("png"),
  output_compression: z.preprocess(blankToUndefined, int(0, 100).optional()),
  stream: z.preprocess(blankToUndefined, flag.default(false)),
  partial_images: z.preprocess(blankToUndefined, int(0, 3).default(0)),
  user: z.preprocess(blankToUndefined, z.string().trim().min(1).max(256).optional()),
};

/** The checks that depend on more than one field, or on what the chosen model supports. */
const checkAgainstModel = (endpoint: Endpoint) => (params: RuledParams, ctx: z.RefinementCtx) => {
  for (const { field, message } of brokenRules(params, endpoint)) ctx.addIssue({ code: "custom", path: [field], message });
};

export const generateParamsSchema = z
  .object({ ...commonFields, moderation: z.enum(MODERATIONS).default("auto") })
  .superRefine(checkAgainstModel("generate"));

export const editParamsSchema = z
  .object({
    ...commonFields,
    // Left unset, the provider uses its default; gpt-image-2 takes no value at all.
    input_fidelity: z.preprocess(blankToUndefined, z.enum(INPUT_FIDELITIES).optional()),
  })
  .superRefine(checkAgainstModel("edit"));

export type GenerateParams = z.infer<typeof generateParamsSchema>;
export type EditParams = z.infer<typeof editParamsSchema>;
/** What a form may hand in before defaults and coercion apply. */
export type GenerateParamsInput = z.input<typeof generateParamsSchema>;
export type EditParamsInput = z.input<typeof editParamsSchema>;
