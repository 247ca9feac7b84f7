"use client";

// Sends an edit: checks the parameters with the shared schema, exports the mask, builds the
// FormData the server action takes, and reports the server's sentence when it refuses.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { createEditAction } from "@/app/(studio)/actions/create-edit";
import { exportMaskFile } from "@/components/canvas/export-mask";
import { newSubmissionKey } from "@/components/studio/submission-key";
import type { MaskState } from "@/lib/canvas/model";
import { MAX_BULK, toEditFormData } from "@/lib/edits/edit-form";
import type { GenerationView } from "@/lib/generations/view";
import { editParamsSchema } from "@/lib/images/schemas";
import { promptLines, type Batch } from "./batch";
import type { EditImage } from "./edit-images";
import type { EditPanelParams } from "./use-edit-params";

export type EditRequest = {
  params: EditPanelParams;
  prompt: string;
  images: EditImage[];
  mask: MaskState;
  keepOutsideMask: boolean;
  batch: Batch;
};

export function useEditSubmit(onQueued: (g: GenerationView[]) => void) {
  const { executeAsync, isPending } = useAction(createEditAction);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function submit(req: EditRequest) {
    const prompts = req.batch.mode === "prompts" ? promptLines(req.batch.promptsText) : undefined;
    const targets = req.batch.mode === "images" ? req.batch.targets : undefined;
    const problem = batchProblem(req, prompts, targets);
    if (problem) return setError(problem);
    const prompt = prompts?.[0] ?? req.prompt;
    const parsed = editParamsSchema.safeParse({ ...req.params, prompt });
    if (!parsed.success) {
      setFieldErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return setError(null);
    }
    setFieldErrors({});
    setError(null);
    const images = targets ? req.images.slice(1) : req.images;
    const form = toEditFormData({
      params: parsed.data,
      images: images.map((img) => (img.kind === "upload" ? img.file : { imageId: img.imageId })),
      mask: exportMaskFile(req.mask) ?? undefined,
      keepOutsideMask: req.keepOutsideMask,
      prompts,
      targets,
      idempotencyKey: newSubmissionKey(),
    });
    const result = await executeAsync(form);
    if (result?.data) onQueued(result.data.generations);
    else setError(result?.serverError ?? firstMessage(result?.validationErrors) ?? "The edit could not be queued. Try again.");
  }

  return { submit, isPending, error, fieldErrors, clearError: () => setError(null) };
}

function batchProblem(req: EditRequest, prompts?: string[], targets?: string[]): string | null {
  if (req.images.length === 0) return "Open an image to edit first: upload one or pick a result.";
  if (prompts && prompts.length === 0) return "Write at least one prompt in the batch, one per line.";
  if (targets && targets.length === 0) return "Check at least one image in the batch.";
  const count = prompts?.length ?? targets?.length ?? 1;
  if (count > MAX_BULK) return `A batch makes at most ${MAX_BULK} edits; this one has ${count}.`;
  return null;
}

/** The first message anywhere in next-safe-action's nested validation errors. */
function firstMessage(errors: unknown): string | undefined {
  if (!errors || typeof errors !== "object") return undefined;
  for (const [key, value] of Object.entries(errors)) {
    if (key === "_errors" && Array.isArray(value) && typeof value[0] === "string") return value[0];
    const inner = firstMessage(value);
    if (inner) return inner;
  }
  return undefined;
}
