// Request parameters for generations and edits: the one definition the browser form, the
// server action and the provider client share. No node-only imports: this runs in the browser.
import { z } from "zod";
import {
  BACKGROUNDS,
  DEFAULT_MODEL,
  getModel,
  IMAGE_SIZES,
  INPUT_FIDELITIES,
  MODEL_IDS,
  MODERATIONS,
  OUTPUT_FORMATS,
  QUALITIES,
  type ImageModel,
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
  size: z.enum(IMAGE_SIZES).default("auto"),
  quality: z.enum(QUALITIES).default("auto"),
  background: z.enum(BACKGROUNDS).default("auto"),
  output_format: z.enum(OUTPUT_FORMATS).default("png"),
  output_compression: z.preprocess(blankToUndefined, int(0, 100).optional()),
  stream: z.preprocess(blankToUndefined, flag.default(false)),
  partial_images: z.preprocess(blankToUndefined, int(0, 3).default(0)),
  user: z.preprocess(blankToUndefined, z.string().trim().min(1).max(256).optional()),
};

type CommonParams = z.infer<z.ZodObject<typeof commonFields>>;

/** The checks that depend on more than one field, or on what the chosen model supports. */
function checkAgainstModel(params: CommonParams, ctx: z.RefinementCtx) {
  const model: ImageModel = getModel(params.model);
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const label = model.label;

  if (!model.sizes.includes(params.size)) issue("size", `${label} cannot make ${params.size} images.`);
  if (!model.qualities.includes(params.quality)) issue("quality", `${label} has no ${params.quality} quality.`);
  if (!model.formats.includes(params.output_format))
    issue("output_format", `${label} cannot return ${params.output_format.toUpperCase()} images.`);
  if (!model.backgrounds.includes(params.background))
    issue("background", `${label} does not support a ${params.background} background.`);
  if (params.n < model.n.min || params.n > model.n.max)
    issue("n", `${label} makes ${model.n.min} to ${model.n.max} images per request.`);
  if (params.stream && !model.streaming) issue("stream", `${label} cannot stream partial images.`);
  if (params.partial_images > model.maxPartialImages)
    issue("partial_images", `${label} sends at most ${model.maxPartialImages} partial images.`);

  if (params.background === "transparent" && params.output_format === "jpeg")
    issue("background", "A transparent background needs PNG or WebP output, because JPEG has no transparency.");
  if (params.output_compression !== undefined && params.output_format === "png")
    issue("output_compression", "Compression applies only to JPEG and WebP output; PNG is always lossless.");
}

export const generateParamsSchema = z
  .object({ ...commonFields, moderation: z.enum(MODERATIONS).default("auto") })
  .superRefine(checkAgainstModel);

export const editParamsSchema = z
  .object({
    ...commonFields,
    // Left unset, the provider uses its default (`low`), which every model accepts.
    input_fidelity: z.preprocess(blankToUndefined, z.enum(INPUT_FIDELITIES).optional()),
  })
  .superRefine((params, ctx) => {
    checkAgainstModel(params, ctx);
    const model = getModel(params.model);
    if (params.input_fidelity && !model.inputFidelity.includes(params.input_fidelity)) {
      ctx.addIssue({
        code: "custom",
        path: ["input_fidelity"],
        message: `${model.label} supports only ${model.inputFidelity.join(" or ")} input fidelity.`,
      });
    }
  });

export type GenerateParams = z.infer<typeof generateParamsSchema>;
export type EditParams = z.infer<typeof editParamsSchema>;
/** What a form may hand in before defaults and coercion apply. */
export type GenerateParamsInput = z.input<typeof generateParamsSchema>;
export type EditParamsInput = z.input<typeof editParamsSchema>;
