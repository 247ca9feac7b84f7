// What the edit page needs to open a stored image as its base: its size is known before the
// pixels load, so the canvas lays out without a shift. Team-scoped like every query here.
import "server-only";
import { prisma } from "./client";

export interface EditSource {
  id: string;
  width: number;
  height: number;
  format: string;
  prompt: string;
  /** The generation that made it: an edit's mask can be restored for the next one. */
  generationId: string;
  kind: string;
}

export async function getEditSource(opts: { teamId: string; imageId: string }): Promise<EditSource | null> {
  const row = await prisma.image.findFirst({
    where: { id: opts.imageId, trashedAt: null, generation: { teamId: opts.teamId } },
    select: { id: true, width: true, height: true, format: true, generation: { select: { id: true, kind: true, prompt: true } } },
  });
  return row ? { id: row.id, width: row.width, height: row.height, format: row.format, prompt: row.generation.prompt, generationId: row.generation.id, kind: row.generation.kind } : null;
}
