// What a provider run hands to storage, for generations and edits alike.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedUsage } from "@/lib/images/usage";
import type { OutputFormat } from "@/lib/images/models";

export interface OutcomeImage {
  /** The file people see: the provider's output, or for edits that keep outside the mask, the composite. */
  bytes: Buffer;
  format: OutputFormat;
  width: number;
  height: number;
  /** The provider's output exactly as returned, when `bytes` is derived from it. */
  raw?: { bytes: Buffer; format: OutputFormat };
  /** What a derived file was made from (provenance). */
  derivation?: Prisma.InputJsonValue;
}

export interface ProviderOutcome {
  images: OutcomeImage[];
  usage: NormalizedUsage | null;
  requestId?: string;
  providerMs: number;
  retries: number;
}

export interface RunOptions {
  signal: AbortSignal;
  onPartial: (p: { imageIndex: number; partialIndex: number; bytes: Buffer; format: OutputFormat }) => void;
}
