// One source of truth for what a request may ask of a provider: the model's own rules
// (lib/images/model-rules.ts) narrowed by the provider's preset (presets.ts). The panel offers
// only what this allows; the server refuses anything else with the same sentences.
// No node-only imports: the browser reads it too.
import { getModel, isModelId, type ImageModel, type ImageSize, type ModelId, type OutputFormat } from "@/lib/images/models";
import { PRESETS, type PresetId, type PresetLimits } from "./presets";

/** What the panel needs to know of the chosen provider. */
export interface ProviderChoice {
  /** null: the environment's default (no team provider). */
  id: string | null;
  name: string;
  preset: PresetId | null;
  /** The models it serves; null: every model Fresco knows. */
  models: string[] | null;
  limits: PresetLimits;
}

export const ENV_DEFAULT_CHOICE: ProviderChoice = { id: null, name: "Default", preset: null, models: null, limits: { compression: "openai" } };

export function limitsOf(preset: PresetId): PresetLimits {
  return PRESETS[preset].limits;
}

/** The model as this provider serves it: sizes, formats and n narrowed to what both allow. */
export function narrowModel(model: ImageModel, limits: PresetLimits): ImageModel {
  const n = limits.n ? { min: Math.max(model.n.min, limits.n.min), max: Math.min(model.n.max, limits.n.max) } : model.n;
  const sizes = limits.sizes ? model.sizes.filter((s) => s !== "auto" && limits.sizes!.includes(s)) : model.sizes;
  const formats = limits.formats ? model.formats.filter((f) => limits.formats!.includes(f)) : model.formats;
  return { ...model, n, sizes, formats, customSizes: limits.sizes ? null : model.customSizes };
}

export interface ProviderParams {
  model: ModelId;
  size: ImageSize;
  output_format: OutputFormat;
  n: number;
  output_compression?: number;
}

/** Every way the parameters exceed the provider, as {field, sentence}; empty when they fit. */
export function providerProblems(p: ProviderParams, choice: ProviderChoice): { field: keyof ProviderParams; message: string }[] {
  const problems: { field: keyof ProviderParams; message: string }[] = [];
  if (choice.models && !choice.models.includes(p.model)) {
    problems.push({ field: "model", message: `${choice.name} does not serve ${getModel(p.model).label}; choose one of ${servedLabels(choice.models)}.` });
    return problems;
  }
  const m = narrowModel(getModel(p.model), choice.limits);
  const { limits } = choice;
  if (p.n < m.n.min || p.n > m.n.max) problems.push({ field: "n", message: `${choice.name} makes ${m.n.min} to ${m.n.max} images per request.` });
  if (limits.sizes && !(limits.sizes as readonly string[]).includes(p.size) && !(p.size === "auto" && limits.defaultSize)) {
    problems.push({ field: "size", message: `${choice.name} makes ${limits.sizes.join(", ")} images only.` });
  }
  if (!m.formats.includes(p.output_format)) {
    problems.push({ field: "output_format", message: `${choice.name} returns ${m.formats.map((f) => f.toUpperCase()).join(" or ")} images only.` });
  }
  if (limits.compression === "inverted-jpeg-only" && p.output_compression !== undefined && p.output_format !== "jpeg") {
    problems.push({ field: "output_compression", message: `${choice.name} compresses JPEG output only.` });
  }
  return problems;
}

function servedLabels(models: string[]): string {
  return models.filter(isModelId).map((id) => getModel(id).label).join(", ") || "the models set for it";
}

/** A copy of the parameters repaired to fit the provider (the panel applies it as the choice changes). */
export function conformToProvider<T extends ProviderParams>(p: T, choice: ProviderChoice): T {
  const next = { ...p };
  if (choice.models && !choice.models.includes(next.model)) {
    const served = choice.models.find(isModelId);
    if (served) next.model = served;
  }
  const m = narrowModel(getModel(next.model), choice.limits);
  const { limits } = choice;
  next.n = Math.min(m.n.max, Math.max(m.n.min, next.n));
  if (limits.sizes && !(limits.sizes as readonly string[]).includes(next.size) && !(next.size === "auto" && limits.defaultSize)) {
    next.size = limits.defaultSize ?? limits.sizes[0]!;
  }
  if (!m.formats.includes(next.output_format)) next.output_format = m.formats[0]!;
  if (limits.compression === "inverted-jpeg-only" && next.output_format !== "jpeg") delete next.output_compression;
  return next;
}

/** From a stored provider row: its preset's limits and the models it was set to serve. */
export function choiceOf(row: { id: string; name: string; preset: PresetId; models: string[] }): ProviderChoice {
  return { id: row.id, name: row.name, preset: row.preset, models: row.models, limits: limitsOf(row.preset) };
}
