// What the edit page opens with: the base the address names (?image=), else the base saved with
// the person's working state; and what of the saved work belongs with that base. Every image
// is read through the team, so a foreign or deleted id opens nothing.
import "server-only";
import type { EditImageSource, EditRestore } from "@/lib/views/working-state";
import { prisma } from "./client";
import { getEditSource, type EditSource } from "./edit-sources";
import { getWorkingState } from "./working-state";

export interface EditStart {
  source: EditSource | null;
  /** The address named an image this team does not have. */
  missingImage: boolean;
  restore: EditRestore | null;
}

export async function getEditStart(opts: { teamId: string; userId: string; imageId?: string }): Promise<EditStart> {
  const { teamId, imageId } = opts;
  const saved = (await getWorkingState(opts))?.edit;
  const baseId = imageId ?? saved?.baseImageId;
  const source = baseId ? await getEditSource({ teamId, imageId: baseId }) : null;
  const missingImage = Boolean(imageId && !source);
  if (!saved) return { source, missingImage, restore: null };
  // Work saved on an upload (no id) comes back onto the empty page: only the upload is lost.
  const sameBase = source ? saved.baseImageId === source.id : !saved.baseImageId && !imageId;
  const restore: EditRestore = {
    references: source && sameBase ? await getImageSources(teamId, saved.referenceImageIds) : [],
    prompt: sameBase ? saved.prompt : "",
    params: saved.params,
    keepOutsideMask: saved.options.keepOutsideMask,
    mask: sameBase ? (saved.mask ?? null) : null,
  };
  return { source, missingImage, restore };
}

/** The team's images among `ids`, in that order. */
async function getImageSources(teamId: string, ids: string[]): Promise<EditImageSource[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.image.findMany({
    where: { id: { in: ids }, generation: { teamId } },
    select: { id: true, width: true, height: true, generation: { select: { prompt: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, { imageId: r.id, width: r.width, height: r.height, name: r.generation.prompt }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
