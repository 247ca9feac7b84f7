"use client";

// The edit panel's parameters, kept valid as they change (the same rules as the prompt
// panel's: a transparent background moves JPEG to PNG, compression only for JPEG and WebP,
// input fidelity only where the model takes more than its default).
import { useState } from "react";
import { DEFAULT_MODEL, getModel, type ModelId } from "@/lib/images/models";
import { editParamsSchema, type EditParams } from "@/lib/images/schemas";

export type EditPanelParams = Omit<EditParams, "prompt">;

const DEFAULTS: EditPanelParams = (({ prompt, ...rest }) => (void prompt, rest))(
  editParamsSchema.parse({ prompt: "x", model: DEFAULT_MODEL, quality: "low" }),
);

export function normalizeEdit(p: EditPanelParams): EditPanelParams {
  const model = getModel(p.model as ModelId);
  const next = { ...p, stream: false, partial_images: 0 };
  if (!model.sizes.includes(next.size)) next.size = model.sizes[0]!;
  if (!model.qualities.includes(next.quality)) next.quality = model.qualities[0]!;
  next.n = Math.min(model.n.max, Math.max(model.n.min, Math.round(next.n) || 1));
  if (next.background === "transparent" && next.output_format === "jpeg") next.output_format = "png";
  if (next.output_format === "png") delete next.output_compression;
  else next.output_compression ??= 90;
  if (model.inputFidelity.length < 2) delete next.input_fidelity;
  else if (next.input_fidelity && !model.inputFidelity.includes(next.input_fidelity)) delete next.input_fidelity;
  return next;
}

export function useEditParams() {
  const [params, setParams] = useState<EditPanelParams>(() => normalizeEdit(DEFAULTS));
  const set = <K extends keyof EditPanelParams>(key: K, value: EditPanelParams[K]) =>
    setParams((p) => normalizeEdit({ ...p, [key]: value }));
  return { params, set };
}

export type SetEditParam = ReturnType<typeof useEditParams>["set"];
