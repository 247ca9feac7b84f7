// Where a generation came from and what was made from it: the parent image (a re-run's finalist
// or an edit's base from the gallery) and the generations made from any of its images.
import { z } from "zod";
import { stepKindSchema, type StepKind } from "@/lib/generations/request";
import { isModelId, MODELS } from "@/lib/images/models";

const id = z.string().min(1);
const kind = stepKindSchema;

/** The image a generation was made from, with its own generation (for a link and a label). */
export const lineageParentSchema = z.object({
  generationId: id,
  imageId: id,
  /** The image's place in its generation, from 0; shown as "#1". */
  index: z.number().int().nonnegative(),
  kind,
  model: z.string(),
  prompt: z.string(),
  /** The quality it was asked for (null when its request does not say): tells a variation from a re-run. */
  quality: z.string().nullable(),
});
export type LineageParent = z.infer<typeof lineageParentSchema>;

/** A generation made from one of this generation's images, and how it was made. */
export const lineageChildSchema = z.object({
  generationId: id,
  /** Its first output, for a thumbnail; null while it runs or when it made nothing. */
  imageId: id.nullable(),
  /** Which of the parent's images it was made from, from 0. */
  parentIndex: z.number().int().nonnegative(),
  kind,
  prompt: z.string(),
  /** "re-run on GPT Image 1.5 · high", "edit", "edit of an edit". */
  how: z.string(),
});
export type LineageChild = z.infer<typeof lineageChildSchema>;

export const lineageSchema = z.object({
  parent: lineageParentSchema.nullable(),
  children: z.array(lineageChildSchema),
});
export type Lineage = z.infer<typeof lineageSchema>;

export const modelLabel = (model: string) => (isModelId(model) ? MODELS[model].label : model);

interface Request {
  model: string;
  prompt: string;
  quality: string | null;
}

/**
 * Which refinement made a generated image's child, read from the two requests: a new prompt is a
 * re-prompt, the same request again a variation, another model or quality a re-run.
 */
export function refinementOf(child: Request, parent: Request): "re-prompt" | "variation" | "re-run" {
  if (child.prompt !== parent.prompt) return "re-prompt";
  return child.model === parent.model && child.quality === parent.quality ? "variation" : "re-run";
}

/** How a generation was made from its parent, in a few words. */
export function howMade(
  made: Request & { kind: StepKind; enlarge?: boolean; size?: string | null; parent: Request & { kind: StepKind } },
  /** The quality it was made at (the provider's answer for "auto"), for the re-run's words. */
  shownQuality: string | null,
): string {
  const to = made.size ? ` to ${made.size.replace("x", "×")}` : "";
  if (made.kind === "local") return `enlarged locally${to}`;
  if (made.kind === "edit" && made.enlarge) return `enlarged on ${modelLabel(made.model)}${to}`;
  if (made.kind === "edit") return made.parent.kind === "edit" ? "edit of an edit" : "edit";
  const how = made.parent.kind === "generate" ? refinementOf(made, made.parent) : "re-run";
  if (how !== "re-run") return how;
  return `re-run on ${modelLabel(made.model)}${shownQuality ? ` · ${shownQuality}` : ""}`;
}
