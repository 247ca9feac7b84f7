// Where a generation came from and what was made from it: the parent image (a re-run's finalist
// or an edit's base from the gallery) and the generations made from any of its images.
import { z } from "zod";
import { isModelId, MODELS } from "@/lib/images/models";

const id = z.string().min(1);
const kind = z.enum(["generate", "edit"]);

/** The image a generation was made from, with its own generation (for a link and a label). */
export const lineageParentSchema = z.object({
  generationId: id,
  imageId: id,
  /** The image's place in its generation, from 0; shown as "#1". */
  index: z.number().int().nonnegative(),
  kind,
  model: z.string(),
  prompt: z.string(),
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

/** How a generation was made from its parent, in a few words. */
export function howMade(made: { kind: "generate" | "edit"; model: string; quality: string | null; parentKind: "generate" | "edit" }): string {
  if (made.kind === "edit") return made.parentKind === "edit" ? "edit of an edit" : "edit";
  return `re-run on ${modelLabel(made.model)}${made.quality ? ` · ${made.quality}` : ""}`;
}
