// Validates request bodies at the edge and returns one normalized request for both endpoints.
import { errors } from "./errors";
import {
  BOOLEAN_FIELDS,
  type EditFields,
  editFieldsSchema,
  type GenerationBody,
  FLEXIBLE_MODELS,
  generationSchema,
  INTEGER_FIELDS,
  type Model,
  type OutputFormat,
  type RequestedSize,
} from "./params";
import { checkSize } from "./sizes";
import { firstApiError } from "./zod-issues";

export interface ImageRequest {
  model: Model;
  prompt: string;
  n: number;
  size: RequestedSize;
  quality: GenerationBody["quality"] & string;
  background: GenerationBody["background"] & string;
  outputFormat: OutputFormat;
  /** As sent; only jpeg and webp use it (png accepts and ignores it, docs/images-api.md §7.3). */
  compression: number;
  stream: boolean;
  /** Only meaningful when streaming: ignored and not billed otherwise (docs/images-api.md §7.7). */
  partialImages: number;
  inputFidelity: "low" | "high";
}

function normalize(body: GenerationBody | EditFields): ImageRequest {
  const stream = body.stream ?? false;
  return {
    model: body.model,
    prompt: body.prompt,
    n: body.n ?? 1,
    size: checkSize(body.model, body.size ?? "auto"),
    quality: body.quality ?? "auto",
    background: body.background ?? "auto",
    outputFormat: body.output_format ?? "png",
    compression: body.output_compression ?? 100,
    stream,
    partialImages: stream ? (body.partial_images ?? 0) : 0,
    inputFidelity: "input_fidelity" in body ? (body.input_fidelity ?? "low") : "low",
  };
}

// gpt-image-2 reads every input at high fidelity and takes no input_fidelity at all.
function checkFidelityField(body: EditFields): void {
  if (body.input_fidelity !== undefined && FLEXIBLE_MODELS.includes(body.model)) {
    throw errors.unsupportedParameter("input_fidelity");
  }
}

function checkCombinations(req: ImageRequest): void {
  if (req.background === "transparent" && req.outputFormat === "jpeg") {
    throw errors.invalidValueMessage(
      "background",
      "Invalid value: 'transparent'. A transparent background requires output_format 'png' or 'webp', not 'jpeg'.",
    );
  }
  if (req.stream && req.n !== 1) {
    throw errors.invalidValueMessage("n", `Invalid value: ${req.n}. Streaming supports only n=1.`);
  }
  if (req.model === "gpt-image-1-mini" && req.inputFidelity === "high") {
    throw errors.invalidValueMessage(
      "input_fidelity",
      "Invalid value: 'high'. Supported values for model 'gpt-image-1-mini' are: 'low'.",
    );
  }
}

// A null is what some clients send for "not set"; the API treats it as omitted.
function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null));
}

export function validateGeneration(raw: unknown): ImageRequest {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw errors.invalidRequest("Invalid body: expected a JSON object.");
  }
  const body = withoutNulls(raw as Record<string, unknown>);
  const parsed = generationSchema.safeParse(body);
  if (!parsed.success) throw firstApiError(parsed.error.issues, body);
  const req = normalize(parsed.data);
  checkCombinations(req);
  return req;
}

/** Multipart scalars are strings: parse the typed ones, or keep the string so zod reports invalid_type. */
function coerce(fields: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const key of INTEGER_FIELDS) {
    const v = fields[key];
    if (v !== undefined && /^-?\d+$/.test(v.trim())) out[key] = Number(v.trim());
  }
  for (const key of BOOLEAN_FIELDS) {
    const v = fields[key];
    if (v === "true" || v === "false") out[key] = v === "true";
  }
  return out;
}

export function validateEditFields(fields: Record<string, string>): ImageRequest {
  const body = coerce(fields);
  const parsed = editFieldsSchema.safeParse(body);
  if (!parsed.success) throw firstApiError(parsed.error.issues, body);
  checkFidelityField(parsed.data);
  const req = normalize(parsed.data);
  checkCombinations(req);
  return req;
}
