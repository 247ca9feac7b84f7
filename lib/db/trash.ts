// The trash: a deleted image keeps its row and files for TRASH_DAYS, hidden everywhere but the
// trash view (gallery, studio rail, history, search and the image route read only
// `trashedAt IS NULL`), and can be restored until the purge (lib/storage/trash.ts) removes it.
// Every function takes the team and reads the ids in one team-scoped query: another team's id
// is simply not found.
import "server-only";
import { prisma } from "./client";

export const TRASH_DAYS = 30;
export const TRASH_KEEP_MS = TRASH_DAYS * 86_400_000;

/** Who made each of these images and whether it is in the trash; ids of other teams are absent. */
export async function imagesForTrash(opts: { teamId: string; ids: string[] }) {
  const rows = await prisma.image.findMany({
    where: { id: { in: opts.ids }, generation: { teamId: opts.teamId } },
    select: { id: true, trashedAt: true, generation: { select: { createdById: true } } },
  });
  return rows.map((r) => ({ id: r.id, trashed: r.trashedAt !== null, createdById: r.generation.createdById }));
}

export async function moveToTrash(opts: { teamId: string; ids: string[]; byId: string; now?: Date }): Promise<number> {
  const { count } = await prisma.image.updateMany({
    where: { id: { in: opts.ids }, trashedAt: null, generation: { teamId: opts.teamId } },
    data: { trashedAt: opts.now ?? new Date(), trashedById: opts.byId },
  });
  return count;
}

export async function restoreFromTrash(opts: { teamId: string; ids: string[] }): Promise<number> {
  const { count } = await prisma.image.updateMany({
    where: { id: { in: opts.ids }, trashedAt: { not: null }, generation: { teamId: opts.teamId } },
    data: { trashedAt: null, trashedById: null },
  });
  return count;
}

/** All of a generation's images to the trash (deleting a finished generation). */
export async function trashGenerationImages(opts: { teamId: string; generationId: string; byId: string }): Promise<number> {
  const { count } = await prisma.image.updateMany({
    where: { generationId: opts.generationId, trashedAt: null, generation: { teamId: opts.teamId } },
    data: { trashedAt: new Date(), trashedById: opts.byId },
  });
  return count;
}

export interface TrashedImage {
  id: string;
  generationId: string;
  prompt: string;
  author: string | null;
  createdById: string | null;
  trashedAt: Date;
  /** When the purge removes it for good. */
  purgeAt: Date;
}

/** The team's trash, most recently deleted first. */
export async function listTrash(opts: { teamId: string; take?: number }): Promise<TrashedImage[]> {
  const rows = await prisma.image.findMany({
    where: { trashedAt: { not: null }, generation: { teamId: opts.teamId } },
    orderBy: [{ trashedAt: "desc" }, { id: "desc" }],
    take: opts.take ?? 500,
    select: {
      id: true,
      generationId: true,
      trashedAt: true,
      generation: { select: { prompt: true, createdById: true, createdBy: { select: { name: true, email: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    generationId: r.generationId,
    prompt: r.generation.prompt,
    author: r.generation.createdBy ? (r.generation.createdBy.name ?? r.generation.createdBy.email) : null,
    createdById: r.generation.createdById,
    trashedAt: r.trashedAt!,
    purgeAt: new Date(r.trashedAt!.getTime() + TRASH_KEEP_MS),
  }));
}

/** Deletes these trashed images' rows now; returns the blob keys they held, for releaseBlobs. */
export async function deleteTrashedRows(opts: { teamId: string; ids: string[] }): Promise<string[]> {
  const where = { id: { in: opts.ids }, trashedAt: { not: null }, generation: { teamId: opts.teamId } };
  const rows = await prisma.image.findMany({ where, select: { storageKey: true, thumbnailKey: true, rawStorageKey: true } });
  await prisma.image.deleteMany({ where });
  return rows.flatMap((r) => [r.storageKey, r.thumbnailKey, ...(r.rawStorageKey ? [r.rawStorageKey] : [])]);
}
