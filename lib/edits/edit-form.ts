// The edit form as it travels to the server: one FormData with JSON fields and files. The
// schema turns it into a checked submission; `toEditFormData` builds it in the browser.
// No node-only imports: the browser uses this file too.
import { z } from "zod";
import type { EditOptions } from "@/lib/generations/request";
import { maskStateSchema, type SerializedMask } from "@/lib/canvas/mask-state";
import { editParamsSchema, type EditParams, type EditParamsInput } from "@/lib/images/schemas";
import { MAX_IMAGES } from "./limits";

/** Most generations one bulk submission may queue (one per prompt, or one per selected image). */
export const MAX_BULK = 20;

const FILE_FIELDS = Array.from({ length: MAX_IMAGES }, (_, i) => `file${i}`);
const idSchema = z.string().min(1).max(64);

export const slotSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("upload"), field: z.enum(FILE_FIELDS as [string, ...string[]]) }),
  z.object({ kind: z.literal("image"), imageId: idSchema }),
]);
export type Slot = z.infer<typeof slotSchema>;

function json<T extends z.ZodType>(schema: T, what: string) {
  return z
    .string()
    .transform((text, ctx): unknown => {
      try {
        return JSON.parse(text);
      } catch {
        ctx.addIssue({ code: "custom", message: `${what} is not valid JSON.` });
        return z.NEVER;
      }
    })
    .pipe(schema);
}

// A file input left empty still submits an empty, unnamed File: that means "no file".
const present = (v: FormDataEntryValue | null) =>
  v === null || (typeof v !== "string" && v.size === 0 && v.name === "") ? undefined : v;

const fieldsSchema = z.object({
  params: json(z.record(z.string(), z.unknown()), "params"),
  slots: json(z.array(slotSchema).max(MAX_IMAGES, `An edit takes at most ${MAX_IMAGES} images.`), "slots"),
  mask: z.instanceof(File, { error: "mask must be a file." }).optional(),
  maskState: json(maskStateSchema, "maskState").optional(),
  keepOutsideMask: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  prompts: json(z.array(z.string()).min(1).max(MAX_BULK, `A bulk edit takes at most ${MAX_BULK} prompts.`), "prompts").optional(),
  targets: json(z.array(idSchema).min(1).max(MAX_BULK, `A bulk edit takes at most ${MAX_BULK} images.`), "targets").optional(),
  idempotencyKey: z.uuid(),
  projectId: idSchema.optional(),
  files: z.record(z.string(), z.instanceof(File)),
});

export interface EditSubmission {
  /** One entry per generation to make from the prompts (one, unless `prompts` was sent). */
  params: EditParams[];
  /** In order; the first is the base unless `targets` is set, then all are references. */
  slots: Slot[];
  files: Record<string, File>;
  mask?: File;
  /** The mask as the editor drew it, stored to restore it later; the mask file is what is sent. */
  maskState?: SerializedMask;
  /** Fresco's options, apart from the provider parameters. */
  options: EditOptions;
  /** Bulk over images: each id becomes the base of its own generation. */
  targets?: string[];
  idempotencyKey: string;
  /** The project the studio is in; an edit of a team image goes into that image's project. */
  projectId?: string;
}

export const editFormSchema = z
  .instanceof(FormData, { error: "Send the edit as form data." })
  .transform((form, ctx): EditSubmission => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const fields = fieldsSchema.safeParse(fieldsOf(form));
    if (!fields.success) {
      for (const e of fields.error.issues) issue(pathOf(e), e.message);
      return z.NEVER;
    }
    const { prompts, params: shared, keepOutsideMask, ...rest } = fields.data;
    if (prompts && rest.targets) issue(["targets"], "Choose several prompts or several images, not both.");
    if (!rest.targets && rest.slots.length === 0) issue(["slots"], "Choose the image to edit.");
    if (rest.maskState && !rest.mask) issue(["maskState"], "A saved mask comes with the mask file it was drawn as.");
    if (rest.targets && rest.slots.length + 1 > MAX_IMAGES) issue(["slots"], `An edit takes at most ${MAX_IMAGES} images.`);
    const used = new Set<string>();
    for (const [i, slot] of rest.slots.entries()) {
      if (slot.kind !== "upload") continue;
      if (!rest.files[slot.field]) issue(["slots", i], `No file was sent in ${slot.field}.`);
      if (used.has(slot.field)) issue(["slots", i], `${slot.field} is used twice.`);
      used.add(slot.field);
    }

    const params: EditParams[] = [];
    for (const [i, prompt] of (prompts ?? [undefined]).entries()) {
      const parsed = editParamsSchema.safeParse(prompt === undefined ? shared : { ...shared, prompt });
      if (parsed.success) params.push(parsed.data);
      else
        for (const e of parsed.error.issues) {
          const aboutPrompt = prompt !== undefined && e.path[0] === "prompt";
          if (!aboutPrompt && i > 0) continue; // a shared setting is reported once, not per prompt
          issue(aboutPrompt ? ["prompts", i] : ["params", ...pathOf(e)], e.message);
        }
    }
    return { ...rest, params, options: { keepOutsideMask } };
  });

function fieldsOf(form: FormData) {
  const get = (name: string) => present(form.get(name));
  return {
    params: get("params"),
    slots: get("slots") ?? "[]",
    mask: get("mask"),
    maskState: get("maskState"),
    keepOutsideMask: get("keepOutsideMask"),
    prompts: get("prompts"),
    targets: get("targets"),
    idempotencyKey: get("idempotencyKey"),
    projectId: get("projectId"),
    files: Object.fromEntries(FILE_FIELDS.flatMap((f) => (get(f) ? [[f, get(f)]] : []))),
  };
}

const pathOf = (e: z.core.$ZodIssue) => e.path.filter((p): p is string | number => typeof p !== "symbol");

export interface EditFormInput {
  params: Partial<EditParamsInput>;
  /** The base first; a File is uploaded, a string is the id of an image Fresco already has. */
  images: (File | { imageId: string })[];
  mask?: Blob;
  maskState?: SerializedMask;
  keepOutsideMask?: boolean;
  prompts?: string[];
  targets?: string[];
  idempotencyKey: string;
  projectId?: string;
}

/** Builds the FormData `POST /api/edits` takes (in the browser, or in tests). */
export function toEditFormData(input: EditFormInput): FormData {
  const form = new FormData();
  form.set("params", JSON.stringify(input.params));
  const slots = input.images.map((img, i): Slot => {
    if (img instanceof File) {
      form.set(`file${i}`, img);
      return { kind: "upload", field: `file${i}` };
    }
    return { kind: "image", imageId: img.imageId };
  });
  form.set("slots", JSON.stringify(slots));
  if (input.mask) form.set("mask", input.mask, input.mask instanceof File ? input.mask.name : "mask.png");
  if (input.maskState) form.set("maskState", JSON.stringify(input.maskState));
  if (input.keepOutsideMask !== undefined) form.set("keepOutsideMask", String(input.keepOutsideMask));
  if (input.prompts) form.set("prompts", JSON.stringify(input.prompts));
  if (input.targets) form.set("targets", JSON.stringify(input.targets));
  form.set("idempotencyKey", input.idempotencyKey);
  if (input.projectId) form.set("projectId", input.projectId);
  return form;
}
