// The shape of a generation as pages and the browser see it: plain JSON, no Decimal or Date.

export interface ImageView {
  id: string;
  index: number;
  format: string;
  width: number;
  height: number;
  bytes: number;
}

export interface GenerationView {
  id: string;
  kind: string;
  model: string;
  prompt: string;
  params: Record<string, unknown>;
  createdById: string | null;
  /** The author's name (or email), shown to the team. */
  createdByName: string | null;
  status: string;
  errorCode: string | null;
  errorMessage: string | null;
  requestId: string | null;
  usage: { textTokensIn: number; imageTokensIn: number; imageTokensOut: number; totalTokens: number } | null;
  costUsd: string | null;
  createdAt: string;
  finishedAt: string | null;
  providerMs: number | null;
  images: ImageView[];
}

export const FINAL_STATUSES = ["succeeded", "failed", "canceled", "interrupted"] as const;

export function isFinished(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}
