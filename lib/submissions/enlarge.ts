// Enlarging images (issue 17), one or many in one step: every id is read for the team and every
// target size checked against the way's limit before anything is made, so a refusal changes
// nothing. By the model: an edit of the image, on a model that takes large sizes, at the highest
// input fidelity it allows, asking to keep the content; through the one submission path
// (submitEdit: provider, caps, budgets, rate limit), a child of the image in its project.
// Locally: a Lanczos resize, free (enlarge-local.ts).
import "server-only";
import { z } from "zod";
import { findEnlargeSources } from "@/lib/db/local-steps";
import { MAX_BULK } from "@/lib/edits/edit-form";
import { AppError } from "@/lib/errors";
import { formatSize, type PixelSize } from "@/lib/images/custom-size";
import { enlargedSize, enlargeProblem, enlargePrompt, enlargeTargetSchema, enlargeWaySchema, highestFidelity } from "@/lib/images/enlarge-size";
import { imageFormatSchema } from "@/lib/images/image-file";
import type { ModelId } from "@/lib/images/models";
import { editParamsSchema } from "@/lib/images/schemas";
import { enlargeLocally } from "./enlarge-local";
import { itemKey, submitEdit } from "./submit-edit";
import { targetProjects } from "./target-project";

const idSchema = z.string().min(1).max(64);

export const enlargeSchema = z.object({
  imageIds: z.array(idSchema).min(1).max(MAX_BULK, `Enlarge at most ${MAX_BULK} images in one step.`),
  target: enlargeTargetSchema,
  way: enlargeWaySchema,
  /** By the model only: how much care the provider takes (and what it costs). */
  quality: z.enum(["low", "medium", "high"]).default("high"),
  /** Made once per submission in the browser: a double click or a retried action reuses it. */
  idempotencyKey: z.uuid(),
});
export type EnlargeInput = z.output<typeof enlargeSchema>;

type Who = { teamId: string; userId: string };

export async function enlargeImages(who: Who, input: EnlargeInput): Promise<{ ids: string[] }> {
  const ids = [...new Set(input.imageIds)];
  const found = await findEnlargeSources({ teamId: who.teamId, ids });
  const plans = ids.map((id, i) => {
    const image = found.get(id);
    if (!image) throw new AppError("NOT_FOUND", "Not found.");
    const size = enlargedSize(image, input.target);
    const problem = enlargeProblem(image, size, input.way);
    if (problem) throw new AppError("INVALID_INPUT", ids.length > 1 ? `Image ${i + 1} of ${ids.length}: ${problem}` : problem);
    return { image: { ...image, format: imageFormatSchema.parse(image.format) }, size, key: itemKey(input.idempotencyKey, i, ids.length) };
  });
  if (input.way.method === "local") {
    const projects = await targetProjects(who, { parents: ids });
    return { ids: await enlargeLocally(who, plans.map((p, i) => ({ ...p, projectId: projects[i]! }))) };
  }
  return { ids: await enlargeByModel(who, plans, input.way.model, input.quality, input.idempotencyKey) };
}

/** One edit submission per output size and format (a bulk edit shares its parameters). */
async function enlargeByModel(who: Who, plans: { image: { id: string; format: string }; size: PixelSize }[], model: ModelId, quality: EnlargeInput["quality"], key: string): Promise<string[]> {
  const groups = new Map<string, typeof plans>();
  for (const plan of plans) {
    const group = `${formatSize(plan.size)}/${plan.image.format}`;
    groups.set(group, [...(groups.get(group) ?? []), plan]);
  }
  const made: string[] = [];
  for (const [g, group] of [...groups.values()].entries()) {
    const { size, image } = group[0]!;
    const params = editParamsSchema.parse({
      model,
      prompt: enlargePrompt(size),
      size: formatSize(size),
      quality,
      n: 1,
      output_format: image.format,
      input_fidelity: highestFidelity(model),
    });
    const { ids } = await submitEdit(who, {
      params: [params],
      slots: [],
      files: {},
      options: { keepOutsideMask: false, enlarge: true },
      targets: group.map((p) => p.image.id),
      idempotencyKey: itemKey(key, g, groups.size),
    });
    made.push(...ids);
  }
  return made;
}
