"use client";

// The prompt panel's parameters, kept valid as they change: the model rules (normalize.ts),
// and partial images only when streaming, which only generations offer here.
import { useState } from "react";
import { generateParamsSchema, type GenerateParams } from "@/lib/images/schemas";
import { normalizeCommon } from "./normalize";

export type PanelParams = Omit<GenerateParams, "prompt">;

export const DEFAULT_PARAMS: PanelParams = {
  ...(({ prompt, ...rest }) => (void prompt, rest))(generateParamsSchema.parse({ prompt: "x" })),
  size: "1024x1024",
  quality: "low",
  stream: true,
  partial_images: 1,
};

/** The saved parameters if they are still valid for today's models, else the defaults. */
export function restoreParams(saved: Record<string, unknown> | null): PanelParams {
  if (!saved) return DEFAULT_PARAMS;
  const parsed = generateParamsSchema.safeParse({ ...DEFAULT_PARAMS, ...saved, prompt: "x" });
  if (!parsed.success) return DEFAULT_PARAMS;
  const { prompt, ...rest } = parsed.data;
  void prompt;
  return rest;
}

export function normalize(p: PanelParams): PanelParams {
  const next = normalizeCommon(p, "generate");
  // Partial images come only with streaming: a count left over from before is dropped.
  if (!next.stream) next.partial_images = 0;
  return next;
}

export function usePromptParams(initial: PanelParams) {
  const [params, setParams] = useState<PanelParams>(() => normalize(initial));
  const set = <K extends keyof PanelParams>(key: K, value: PanelParams[K]) => setParams((p) => normalize({ ...p, [key]: value }));
  const patch = (changes: Partial<PanelParams>) => setParams((p) => normalize({ ...p, ...changes }));
  return { params, set, patch };
}
