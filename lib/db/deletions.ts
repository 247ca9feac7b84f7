// Deleting a generation: rows first (images cascade), then the files nothing else points at.
import "server-only";
import { AppError } from "@/lib/errors";
import { deleteBlob } from "@/lib/storage/blob-store";
import { prisma } from "./client";
import { NOT_FOUND, unreferencedKeys } from "./teams";

export async function findGenerationOwner(opts: { teamId: string; id: string }) {
  const row = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, select: { createdById: true, status: true } });
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

export async function deleteGeneration(opts: { teamId: string; id: string }): Promise<void> {
  const images = await prisma.image.findMany({
    where: { generationId: opts.id, generation: { teamId: opts.teamId } },
    select: { storageKey: true, thumbnailKey: true },
  });
  const { count } = await prisma.generation.deleteMany({ where: { id: opts.id, teamId: opts.teamId } });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
  const orphans = await unreferencedKeys(images.flatMap((i) => [i.storageKey, i.thumbnailKey]));
  await Promise.allSettled(orphans.map((key) => deleteBlob(key)));
}
