// The shape of a generation as pages and the browser see it: plain JSON, no Decimal or Date.

import type { CostBreakdown } from "@/lib/images/cost";

export type ImagePick = "finalist" | "discarded" | null;

export interface ImageView {
  id: string;
  index: number;
  pick: ImagePick;
  /** True when the file is a composite and the provider's raw output is kept beside it. */
  hasRaw: boolean;
  format: string;
  width: number;
  height: number;
  bytes: number;
}

/** A file sent with an edit (served by /api/generation-inputs/[id]): images in order, then the mask. */
export interface InputView {
  id: string;
  role: "image" | "mask";
  /** Order among the images; 0 is the base the mask applies to. */
  index: number;
  name: string;
  format: string;
  width: number;
  height: number;
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
  /** The cost split into text in, image in and image out, from the usage and its price table. */
  cost: CostBreakdown | null;
  retries: number;
  batchId: string | null;
  parentImageId: string | null;
  createdAt: string;
  finishedAt: string | null;
  providerMs: number | null;
  images: ImageView[];
  /** Edits only: the base, reference images and mask; empty for generations. */
  inputs: InputView[];
}

export const FINAL_STATUSES = ["succeeded", "failed", "canceled", "interrupted"] as const;

export function isFinished(status: string): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}
