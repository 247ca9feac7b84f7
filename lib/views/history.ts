// A project's history as the version tree page receives it: every step (generation) with what
// a tree and its "what changed" need, nothing more. Plain JSON (no Decimal or Date).
import { z } from "zod";
import { stepKindSchema } from "@/lib/generations/request";
import { generationStatusSchema, type GenerationStatus } from "@/lib/generations/status";
import { imagePickSchema } from "./generation";

const id = z.string().min(1);
const index = z.number().int().nonnegative();

/** The provider parameters a step's diff against its parent looks at (the prompt and model apart). */
export const DIFF_PARAMS = ["n", "size", "quality", "background", "output_format", "output_compression", "moderation", "input_fidelity"] as const;
const paramValue = z.union([z.string(), z.number(), z.boolean()]);

export const historyImageSchema = z.object({
  id,
  index,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  pick: imagePickSchema,
});
export type HistoryImage = z.infer<typeof historyImageSchema>;

export const historyStepSchema = z.object({
  id,
  kind: stepKindSchema,
  model: z.string(),
  prompt: z.string(),
  /** The DIFF_PARAMS it was asked with (absent ones left out), plus keepOutsideMask for edits and enlarge for enlargements. */
  params: z.record(z.string(), paramValue),
  status: generationStatusSchema,
  /** USD, exact decimal; null = not known. */
  costUsd: z.string().nullable(),
  /** True when the cost is null and the work may have been billed (see mayHaveBeenBilled). */
  costUnknown: z.boolean(),
  createdAt: z.iso.datetime(),
  author: z.string().nullable(),
  /** The image this step was made from, when that image is in this project. */
  parent: z.object({ imageId: id, generationId: id, index }).nullable(),
  /** When the parent is in another project of the team: the step is a root here, linking there. */
  from: z.object({ projectId: id, projectName: z.string(), generationId: id }).nullable(),
  images: z.array(historyImageSchema),
  /** An edit's mask input (served by /api/generation-inputs/<id>); null without a mask. */
  maskInputId: id.nullable(),
});
export type HistoryStep = z.infer<typeof historyStepSchema>;

export const projectHistorySchema = z.object({
  project: z.object({ id, name: z.string() }),
  /** Oldest first. */
  steps: z.array(historyStepSchema),
});
export type ProjectHistory = z.infer<typeof projectHistorySchema>;

/**
 * Whether a step without a cost may still have cost money: it finished without usage, or it
 * reached the provider (sent) before it was interrupted, canceled or while it still runs. The
 * same rule as the month's spend, so a branch's "at least" agrees with the top bar.
 */
export function mayHaveBeenBilled(step: { status: GenerationStatus; costUsd: string | null; sent: boolean }): boolean {
  if (step.costUsd !== null) return false;
  if (step.status === "succeeded") return true;
  return step.sent && (step.status === "interrupted" || step.status === "canceled" || step.status === "running");
}
