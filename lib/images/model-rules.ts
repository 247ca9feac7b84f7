// What a request may ask of its model, as rules that both judge and repair: the schemas report
// a broken rule as an issue on its field; the forms repair it as the person changes a setting,
// so a form never holds a request the schema would refuse. No node-only imports.
import { customSizeProblem, formatSize, nearestAllowedSize, parseSize } from "./custom-size";
import {
  DEFAULT_MODEL,
  getModel,
  isListedSize,
  LISTED_SIZES,
  type Background,
  type Endpoint,
  type ImageModel,
  type ImageSize,
  type InputFidelity,
  type ModelId,
  type OutputFormat,
  type Quality,
} from "./models";
import { resolveSize } from "./resolve-auto";

/** The fields the rules read: a generation's or an edit's parameters. */
export interface RuledParams {
  model: ModelId;
  size: ImageSize;
  quality: Quality;
  output_format: OutputFormat;
  background: Background;
  n: number;
  stream: boolean;
  partial_images: number;
  output_compression?: number;
  input_fidelity?: InputFidelity;
}

interface Rule {
  /** The field a broken rule is reported on. */
  field: keyof RuledParams;
  /** What is wrong, for the person; null when the rule holds. */
  broken(p: RuledParams, model: ImageModel, endpoint: Endpoint): string | null;
  /** Changes `p` so that the rule holds. */
  repair(p: RuledParams, model: ImageModel): void;
}

export const SIZE_FORMAT = "Write the size as WIDTHxHEIGHT in pixels, for example 2048x1152.";
const LISTED = LISTED_SIZES.join(", ").replace(/, (?=[^,]*$)/, " and ");

/** Why the model cannot make this size, or null: a listed size, or a custom one by its rule. */
function sizeProblem(size: ImageSize, m: ImageModel): string | null {
  if (size === "auto" || isListedSize(size)) return null;
  const pixels = parseSize(size);
  if (!pixels) return SIZE_FORMAT;
  if (!m.customSizes) return `${m.label} makes ${LISTED} images (or auto); GPT Image 2 takes other sizes.`;
  return customSizeProblem(pixels, m.customSizes);
}

// In the order the schemas report them (and the forms repair them). The model comes first:
// the rules after it read the repaired one.
const RULES: readonly Rule[] = [
  {
    field: "model",
    broken: (_p, m, endpoint) =>
      m.endpoints.includes(endpoint) ? null : `${m.label} only ${m.endpoints.join(" and ")}s images; choose another model to ${endpoint}.`,
    repair: (p) => void (p.model = DEFAULT_MODEL),
  },
  {
    field: "size",
    broken: (p, m) => sizeProblem(p.size, m),
    // The nearest size the model takes: by the custom rule, or the listed size of closest shape.
    repair: (p, m) => {
      const pixels = parseSize(p.size);
      if (!pixels) return void (p.size = "auto");
      p.size = m.customSizes ? formatSize(nearestAllowedSize(pixels, m.customSizes)) : resolveSize("auto", pixels);
    },
  },
  {
    field: "quality",
    broken: (p, m) => (m.qualities.includes(p.quality) ? null : `${m.label} has no ${p.quality} quality.`),
    repair: (p, m) => void (p.quality = m.qualities[0]!),
  },
  {
    field: "output_format",
    broken: (p, m) => (m.formats.includes(p.output_format) ? null : `${m.label} cannot return ${p.output_format.toUpperCase()} images.`),
    repair: (p, m) => void (p.output_format = m.formats[0]!),
  },
  {
    field: "background",
    broken: (p, m) => (m.backgrounds.includes(p.background) ? null : `${m.label} does not support a ${p.background} background.`),
    repair: (p, m) => void (p.background = m.backgrounds.includes("auto") ? "auto" : m.backgrounds[0]!),
  },
  {
    field: "n",
    broken: (p, m) => (p.n >= m.n.min && p.n <= m.n.max ? null : `${m.label} makes ${m.n.min} to ${m.n.max} images per request.`),
    repair: (p, m) => void (p.n = Math.min(m.n.max, Math.max(m.n.min, Math.round(p.n) || 1))),
  },
  {
    field: "stream",
    broken: (p, m) => (p.stream && !m.streaming ? `${m.label} cannot stream partial images.` : null),
    repair: (p) => void (p.stream = false),
  },
  {
    field: "partial_images",
    broken: (p, m) => (p.partial_images > m.maxPartialImages ? `${m.label} sends at most ${m.maxPartialImages} partial images.` : null),
    repair: (p, m) => void (p.partial_images = m.maxPartialImages),
  },
  {
    field: "background",
    broken: (p) =>
      p.background === "transparent" && p.output_format === "jpeg"
        ? "A transparent background needs PNG or WebP output, because JPEG has no transparency."
        : null,
    repair: (p) => void (p.output_format = "png"),
  },
  {
    field: "output_compression",
    broken: (p) =>
      p.output_compression !== undefined && p.output_format === "png"
        ? "Compression applies only to JPEG and WebP output; PNG is always lossless."
        : null,
    repair: (p) => void delete p.output_compression,
  },
  {
    field: "input_fidelity",
    broken: (p, m) =>
      !p.input_fidelity || m.inputFidelity.includes(p.input_fidelity)
        ? null
        : m.inputFidelity.length === 0
          ? `${m.label} takes no input fidelity: it reads every input image at high fidelity.`
          : `${m.label} supports only ${m.inputFidelity.join(" or ")} input fidelity.`,
    repair: (p) => void delete p.input_fidelity,
  },
];

/** Every rule the parameters break on this endpoint, with its field and sentence. */
export function brokenRules(params: RuledParams, endpoint: Endpoint): { field: keyof RuledParams; message: string }[] {
  const model = getModel(params.model);
  return RULES.flatMap((rule) => {
    const message = rule.broken(params, model, endpoint);
    return message === null ? [] : [{ field: rule.field, message }];
  });
}

/** A copy of the parameters with every broken rule repaired. */
export function conform<T extends RuledParams>(params: T, endpoint: Endpoint): T {
  const next = { ...params };
  for (const rule of RULES) {
    const model = getModel(next.model);
    if (rule.broken(next, model, endpoint) !== null) rule.repair(next, model);
  }
  return next;
}
