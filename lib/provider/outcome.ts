// What a provider run hands to storage, for generations and edits alike.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImageBytes } from "@/lib/images/image-file";
import type { OutputFormat } from "@/lib/images/models";
import type { ResolvedParams } from "@/lib/images/normalize";
import type { NormalizedUsage } from "@/lib/images/usage";

/** The file people see: the provider's output, or for edits that keep outside the mask, the composite. */
export interface OutcomeImage extends ImageBytes {
  /** The provider's output exactly as returned, when `bytes` is derived from it. */
  raw?: Pick<ImageBytes, "bytes" | "format">;
  /** What a derived file was made from (provenance). */
  derivation?: Prisma.InputJsonValue;
  /** For an edit: what changed, as a PNG (lib/edits/heatmap.ts), made with the output. */
  heatmap?: Uint8Array;
}

export interface ProviderOutcome {
  images: OutcomeImage[];
  usage: NormalizedUsage | null;
  /** What the provider made of the request's `auto`s (for an edit: its output, before mapping back). */
  resolved: ResolvedParams;
  requestId?: string;
  providerMs: number;
  retries: number;
}

export interface RunOptions {
  signal: AbortSignal;
  onPartial: (p: { imageIndex: number; partialIndex: number; bytes: Buffer; format: OutputFormat }) => void;
}
