// What comes back from an Images API, parsed tolerantly: OpenAI's shape plus the relay quirks
// we accept on purpose (docs/images-api.md §3). Strict where a wrong value would cost money or
// lose an image, lenient about everything merely informational.
import { z } from "zod";
import { OUTPUT_FORMATS, type ConcreteBackground, type ConcreteQuality, type OutputFormat } from "./models";
import { normalizeUsage } from "./usage";

/** The values the provider resolved `auto` to, when it says so. */
export interface ResolvedEcho {
  size?: string;
  quality?: ConcreteQuality;
  background?: ConcreteBackground;
  outputFormat?: OutputFormat;
}

export type ImageSource = { kind: "b64"; base64: string } | { kind: "url"; url: string };

// Some relays wrap base64 as a data URL, and some break it into lines.
export function cleanBase64(value: string): string {
  return value.replace(/^\s*data:[^,]*;base64,/i, "").replace(/\s+/g, "");
}

const echoFields = {
  size: z.string().regex(/^\d+x\d+$/).optional().catch(undefined),
  quality: z.enum(["low", "medium", "high"]).optional().catch(undefined),
  background: z.enum(["transparent", "opaque"]).optional().catch(undefined),
  output_format: z.enum(OUTPUT_FORMATS).optional().catch(undefined),
};

function toEcho(v: { size?: string; quality?: ConcreteQuality; background?: ConcreteBackground; output_format?: OutputFormat }): ResolvedEcho {
  return { size: v.size, quality: v.quality, background: v.background, outputFormat: v.output_format };
}

const text = z.string().nullish();

const imageItemSchema = z
  .looseObject({ b64_json: text, url: text })
  .transform((item, ctx): ImageSource => {
    const base64 = item.b64_json ? cleanBase64(item.b64_json) : "";
    if (base64) return { kind: "b64", base64 };
    if (item.url) return { kind: "url", url: item.url };
    ctx.addIssue({ code: "custom", message: "An image entry has neither b64_json nor url." });
    return z.NEVER;
  });

export const providerResponseSchema = z
  .looseObject({
    ...echoFields,
    data: z.array(imageItemSchema).min(1, "The response holds no images."),
    usage: z.unknown().optional().transform(normalizeUsage),
  })
  .transform((r) => ({ images: r.data, usage: r.usage, resolved: toEcho(r) }));

export type ProviderResponse = z.infer<typeof providerResponseSchema>;

// Streaming: `image_generation.*` and `image_edit.*` events differ only in their prefix.
export const streamEventSchema = z
  .looseObject({
    type: z.string(),
    b64_json: text,
    url: text,
    partial_image_index: z.number().int().nonnegative().nullish().catch(undefined),
    ...echoFields,
    usage: z.unknown().optional().transform(normalizeUsage),
  })
  .transform((e, ctx) => {
    const base64 = e.b64_json ? cleanBase64(e.b64_json) : "";
    // A preview without inline bytes is skipped: it is not worth a download or a failure.
    if (e.type.endsWith(".partial_image")) {
      if (!base64) return { kind: "other" } as const;
      return { kind: "partial", base64, partialIndex: e.partial_image_index ?? 0, outputFormat: e.output_format } as const;
    }
    if (!e.type.endsWith(".completed")) return { kind: "other" } as const;
    const source: ImageSource | undefined = base64 ? { kind: "b64", base64 } : e.url ? { kind: "url", url: e.url } : undefined;
    if (!source) {
      ctx.addIssue({ code: "custom", message: `A ${e.type} event carries no image.` });
      return z.NEVER;
    }
    return { kind: "completed", source, usage: e.usage, resolved: toEcho(e) } as const;
  });

export type StreamEvent = z.infer<typeof streamEventSchema>;
