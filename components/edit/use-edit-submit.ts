"use client";

// Sends an edit: checks the parameters with the shared schema, exports the mask, posts the
// FormData to /api/edits (which counts the upload as it streams), and reports the server's
// sentence when it refuses.
import { useState } from "react";
import { exportMaskFile } from "@/components/canvas/export-mask";
import { useStudio } from "@/components/studio/studio-context";
import { newSubmissionKey } from "@/components/studio/submission-key";
import { serializeMask, type SerializedMask } from "@/lib/canvas/mask-state";
import type { MaskState } from "@/lib/canvas/model";
import { MAX_BULK, toEditFormData } from "@/lib/edits/edit-form";
import type { GenerationView } from "@/lib/views/generation";
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
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const projectId = useStudio()?.project?.id;

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
    const mask = exportMaskFile(req.mask) ?? undefined;
    const form = toEditFormData({
      params: parsed.data,
      images: images.map((img) => (img.kind === "upload" ? img.file : { imageId: img.imageId })),
      mask,
      maskState: mask && restorable(req.mask),
      keepOutsideMask: req.keepOutsideMask,
      prompts,
      targets,
      idempotencyKey: newSubmissionKey(),
      projectId,
    });
    setPending(true);
    try {
      const answer = await postEdit(form);
      if ("generations" in answer) onQueued(answer.generations);
      else setError(answer.error);
    } finally {
      setPending(false);
    }
  }

  /** A field's error goes when the field changes (the prompt as it is typed). */
  const clearFieldError = (field: string) => setFieldErrors((all) => (field in all ? Object.fromEntries(Object.entries(all).filter(([k]) => k !== field)) : all));
  return { submit, isPending, error, fieldErrors, clearError: () => setError(null), clearFieldError };
}

function batchProblem(req: EditRequest, prompts?: string[], targets?: string[]): string | null {
  if (req.images.length === 0) return "Open an image to edit first: upload one or pick a result.";
  if (prompts && prompts.length === 0) return "Write at least one prompt in the batch, one per line.";
  if (targets && targets.length === 0) return "Check at least one image in the batch.";
  const count = prompts?.length ?? targets?.length ?? 1;
  if (count > MAX_BULK) return `A batch makes at most ${MAX_BULK} edits; this one has ${count}.`;
  return null;
}

/**
 * The drawn mask, stored with the edit so it can be restored; left out when it would not fit
 * the form's 1 MB field (large imported bitmaps): the edit itself matters more.
 */
function restorable(mask: MaskState): SerializedMask | undefined {
  const state = serializeMask(mask);
  return JSON.stringify(state).length < 1_000_000 ? state : undefined;
}

type EditAnswer = { generations: GenerationView[] } | { error: string };

/** The route's answer: the queued generations, or its sentence (any failure becomes one). */
async function postEdit(form: FormData): Promise<EditAnswer> {
  try {
    const res = await fetch("/api/edits", { method: "POST", body: form });
    const body = (await res.json().catch(() => null)) as Partial<{ generations: GenerationView[]; error: string }> | null;
    if (res.ok && body?.generations) return { generations: body.generations };
    return { error: body?.error ?? "The edit could not be queued. Try again." };
  } catch {
    return { error: "The edit could not be sent. Check your connection and try again." };
  }
}
