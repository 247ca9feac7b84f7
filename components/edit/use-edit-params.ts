"use client";

// The edit panel's parameters, kept valid as they change: the model rules (normalize.ts), and
// input fidelity only where the model takes more than its default.
import { useState } from "react";
import { DEFAULT_MODEL, getModel } from "@/lib/images/models";
import { editParamsSchema, type EditParams } from "@/lib/images/schemas";
import { normalizeCommon } from "@/components/studio/params/normalize";

export type EditPanelParams = Omit<EditParams, "prompt">;

const DEFAULTS: EditPanelParams = (({ prompt, ...rest }) => (void prompt, rest))(
  editParamsSchema.parse({ prompt: "x", model: DEFAULT_MODEL, quality: "low" }),
);

export function normalizeEdit(p: EditPanelParams): EditPanelParams {
  const next = normalizeCommon({ ...p, stream: false, partial_images: 0 }, "edit");
  // A model with one fidelity shows no choice: leave the field to the provider's default.
  if (getModel(next.model).inputFidelity.length < 2) delete next.input_fidelity;
  return next;
}

/** Saved parameters if they are still valid for today's models, else the defaults. */
export function restoreEditParams(saved: Record<string, unknown> | null | undefined): EditPanelParams {
  const parsed = saved && editParamsSchema.safeParse({ ...DEFAULTS, ...saved, prompt: "x" });
  if (!parsed?.success) return DEFAULTS;
  const { prompt, ...rest } = parsed.data;
  void prompt;
  return rest;
}

export function useEditParams(initial: EditPanelParams = DEFAULTS) {
  const [params, setParams] = useState<EditPanelParams>(() => normalizeEdit(initial));
  const set = <K extends keyof EditPanelParams>(key: K, value: EditPanelParams[K]) =>
    setParams((p) => normalizeEdit({ ...p, [key]: value }));
  const patch = (changes: Partial<EditPanelParams>) => setParams((p) => normalizeEdit({ ...p, ...changes }));
  return { params, set, patch };
}

export type SetEditParam = ReturnType<typeof useEditParams>["set"];
