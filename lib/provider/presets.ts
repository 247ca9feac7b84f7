// The providers a team can pick from, as data: where each lives, which models it serves, and
// the limits and quirks it documents. The prompt panel and the server both read these limits
// (lib/provider/limits.ts), so they are stated once. No node-only imports: the browser reads it.
import type { ListedSize, ModelId, OutputFormat } from "@/lib/images/models";

export const PRESET_IDS = ["openai", "cometapi", "modelverse", "custom"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

/** What a provider narrows of the models' own rules (lib/images/models.ts). Absent: the model's. */
export interface PresetLimits {
  n?: { min: number; max: number };
  /** The only sizes it makes (no `auto`, no custom sizes). */
  sizes?: readonly ListedSize[];
  /** The size the panel starts with (and `auto` is sent as). */
  defaultSize?: ListedSize;
  formats?: readonly OutputFormat[];
  /**
   * How `output_compression` reads on the wire. "openai": 0–100 as OpenAI reads it (100, its default,
   * is the least compressed), for
   * JPEG and WebP. "inverted-jpeg-only": JPEG only and documented as 0 = uncompressed, 100 = most
   * compressed; Fresco's panel keeps OpenAI's meaning and the request body maps it.
   */
  compression: "openai" | "inverted-jpeg-only";
}

export interface ProviderPreset {
  id: PresetId;
  label: string;
  /** Prefilled in the form; "custom" has none. */
  baseURL: string;
  /** Prefilled model list (a team may narrow it). */
  models: readonly ModelId[];
  /** The PriceTable provider name its costs are looked up under. */
  priceProvider: string;
  limits: PresetLimits;
  /** Answer shapes it is known to send, all tolerated (docs/images-api.md, docs/providers.md). */
  quirks: readonly string[];
}

export const PRESETS: Record<PresetId, ProviderPreset> = {
  openai: {
    id: "openai",
    label: "OpenAI",
    baseURL: "https://api.openai.com/v1",
    models: ["gpt-image-1-mini", "gpt-image-1", "gpt-image-1.5", "gpt-image-2", "chatgpt-image-latest"],
    priceProvider: "openai",
    limits: { compression: "openai" },
    quirks: [],
  },
  // A relay that passes OpenAI's parameters through, at its own prices.
  cometapi: {
    id: "cometapi",
    label: "CometAPI",
    baseURL: "https://api.cometapi.com/v1",
    models: ["gpt-image-1-mini", "gpt-image-1", "gpt-image-1.5"],
    priceProvider: "cometapi",
    limits: { compression: "openai" },
    quirks: ["url-instead-of-b64", "data-prefix", "chat-style-usage", "missing-usage"],
  },
  // Documents n 1–10, three sizes (default 1024x1536), PNG and JPEG only, and
  // output_compression for JPEG only with 0 = uncompressed.
  modelverse: {
    id: "modelverse",
    label: "Modelverse",
    baseURL: "https://api.modelverse.cn/v1",
    models: ["gpt-image-1"],
    priceProvider: "modelverse",
    limits: {
      n: { min: 1, max: 10 },
      sizes: ["1024x1024", "1024x1536", "1536x1024"],
      defaultSize: "1024x1536",
      formats: ["png", "jpeg"],
      compression: "inverted-jpeg-only",
    },
    quirks: ["url-instead-of-b64", "data-prefix", "chat-style-usage", "missing-usage"],
  },
  custom: {
    id: "custom",
    label: "Other OpenAI-compatible",
    baseURL: "",
    models: ["gpt-image-1-mini", "gpt-image-1", "gpt-image-1.5", "gpt-image-2"],
    priceProvider: "openai",
    limits: { compression: "openai" },
    quirks: ["url-instead-of-b64", "data-prefix", "chat-style-usage", "missing-usage"],
  },
};

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === "string" && (PRESET_IDS as readonly string[]).includes(value);
}

/** The compression value to send: the panel's (OpenAI's) meaning, mapped for the provider. */
export function wireCompression(value: number, limits: PresetLimits): number {
  return limits.compression === "inverted-jpeg-only" ? 100 - value : value;
}
