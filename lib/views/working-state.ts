// The studio's unsent work, saved as the person works so a reload, a crash or another device
// finds it again: the prompt panel's draft and the edit page's (base, references, mask, prompt,
// parameters, options). Stored in WorkingState.state; every read goes through parseWorkingState,
// so a stored shape from an older version, or one that no longer fits, is "nothing saved".
import { z } from "zod";
import { maskStateSchema } from "@/lib/canvas/mask-state";
import { MAX_PROMPT_CHARS } from "@/lib/images/schemas";

export const WORKING_STATE_VERSION = 1;
/** The base and its references: lib/edits/limits.ts MAX_IMAGES (16) in all. */
export const MAX_SAVED_REFERENCES = 15;
/** A saved state's body: a mask may carry 4 bitmaps of 1.5 MB and 200,000 points besides. */
export const WORKING_STATE_MAX_BYTES = 12 * 1024 * 1024;

const imageId = z.string().min(1).max(64).regex(/^[\w-]+$/, "An image id is letters, digits, - and _.");
const prompt = z.string().max(MAX_PROMPT_CHARS, `The prompt is too long: keep it under ${MAX_PROMPT_CHARS.toLocaleString("en-US")} characters.`);

/**
 * Panel parameters as the panel holds them (model, size, quality, n, …). Only their outline
 * is checked here: they are restored through the panel's own rules (restoreParams), which fall
 * back to the defaults when a saved value no longer fits today's models.
 */
const params = z
  .record(z.string().max(40), z.union([z.string().max(200), z.number().finite(), z.boolean(), z.null()]))
  .refine((p) => Object.keys(p).length <= 30, "The saved parameters have more fields than the panel has.");

export const savedGenerateSchema = z.object({
  prompt,
  params,
  selectedImageId: imageId.optional(),
});
export type SavedGenerate = z.infer<typeof savedGenerateSchema>;

export const savedEditSchema = z.object({
  /** Absent when the base was an upload (it has no id, and its pixels never left the browser). */
  baseImageId: imageId.optional(),
  /** Team images only; uploaded references are not kept. */
  referenceImageIds: z.array(imageId).max(MAX_SAVED_REFERENCES, `An edit takes at most ${MAX_SAVED_REFERENCES} references.`),
  prompt,
  params,
  options: z.object({ keepOutsideMask: z.boolean() }),
  /** The mask as drawn on the base; only kept with a base that has an id. */
  mask: maskStateSchema.optional(),
});
export type SavedEdit = z.infer<typeof savedEditSchema>;

export const workingStateSchema = z.object({
  version: z.literal(WORKING_STATE_VERSION),
  generate: savedGenerateSchema.optional(),
  edit: savedEditSchema.optional(),
});
export type WorkingState = z.infer<typeof workingStateSchema>;

/** What the browser posts: one part or both, each replacing the stored part of that name. */
export const workingStateSaveSchema = z
  .object({
    version: z.literal(WORKING_STATE_VERSION, { error: "This page is from an older Fresco: reload it to keep saving your work." }),
    generate: savedGenerateSchema.optional(),
    edit: savedEditSchema.optional(),
  })
  .strict();
export type WorkingStateSave = z.infer<typeof workingStateSaveSchema>;

/** A stored state, part by part: a part that does not fit (an older shape) is dropped, never thrown. */
export function parseWorkingState(json: unknown): WorkingState | null {
  if (!json || typeof json !== "object" || (json as { version?: unknown }).version !== WORKING_STATE_VERSION) return null;
  const { generate, edit } = json as Record<string, unknown>;
  const g = savedGenerateSchema.safeParse(generate);
  const e = savedEditSchema.safeParse(edit);
  if (!g.success && !e.success) return null;
  return { version: WORKING_STATE_VERSION, ...(g.success && { generate: g.data }), ...(e.success && { edit: e.data }) };
}

/** A posted state, or an Error whose message a person can read. */
export function parseWorkingStateSave(json: unknown): WorkingStateSave {
  const parsed = workingStateSaveSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? ` (at ${issue.path.join(".")})` : "";
  throw new Error(`The work could not be saved: ${issue.message}${where}`);
}

/** A stored image as the edit page opens it (its size is known before its pixels load). */
export interface EditImageSource {
  imageId: string;
  width: number;
  height: number;
  name: string;
}

/**
 * What the edit page restores from the saved state. The references, prompt and mask come back
 * only onto the base they were saved with; the parameters and options always do.
 */
export interface EditRestore {
  references: EditImageSource[];
  prompt: string;
  params: Record<string, unknown>;
  keepOutsideMask: boolean;
  mask: z.infer<typeof maskStateSchema> | null;
}
