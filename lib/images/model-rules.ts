// What a request may ask of its model, as rules that both judge and repair: the schemas report
// a broken rule as an issue on its field; the forms repair it as the person changes a setting,
// so a form never holds a request the schema would refuse. No node-only imports.
import {
  getModel,
  type Background,
  type ImageModel,
  type ImageSize,
  type InputFidelity,
  type ModelId,
  type OutputFormat,
  type Quality,
} from "./models";

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
  broken(p: RuledParams, model: ImageModel): string | null;
  /** Changes `p` so that the rule holds. */
  repair(p: RuledParams, model: ImageModel): void;
}

// In the order the schemas report them (and the forms repair them).
const RULES: readonly Rule[] = [
  {
    field: "size",
    broken: (p, m) => (m.sizes.includes(p.size) ? null : `${m.label} cannot make ${p.size} images.`),
    repair: (p, m) => void (p.size = m.sizes[0]!),
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
      p.input_fidelity && !m.inputFidelity.includes(p.input_fidelity)
        ? `${m.label} supports only ${m.inputFidelity.join(" or ")} input fidelity.`
        : null,
    repair: (p) => void delete p.input_fidelity,
  },
];

/** Every rule the parameters break, with its field and sentence. */
export function brokenRules(params: RuledParams): { field: keyof RuledParams; message: string }[] {
  const model = getModel(params.model);
  return RULES.flatMap((rule) => {
    const message = rule.broken(params, model);
    return message === null ? [] : [{ field: rule.field, message }];
  });
}

/** A copy of the parameters with every broken rule repaired. */
export function conform<T extends RuledParams>(params: T): T {
  const model = getModel(params.model);
  const next = { ...params };
  for (const rule of RULES) if (rule.broken(next, model) !== null) rule.repair(next, model);
  return next;
}
