// Deleting work: rows first (images and inputs cascade), then releaseBlobs removes the files
// that no row of any team points at any more: one rule for every delete.
import "server-only";
import { AppError } from "@/lib/errors";
import { releaseBlobs } from "@/lib/storage/release-blobs";
import { keysOfGenerations } from "./blob-references";
import { prisma } from "./client";
import { deleteTeam, NOT_FOUND } from "./teams";

export async function findGenerationOwner(opts: { teamId: string; id: string }) {
  const row = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, select: { createdById: true, status: true } });
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

export async function deleteGeneration(opts: { teamId: string; id: string }): Promise<void> {
  const mine = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, select: { id: true } });
  // Keys are read before the rows go (the team check above keeps another team's rows out of it).
  const keys = mine ? await keysOfGenerations([mine.id]) : [];
  const { count } = await prisma.generation.deleteMany({ where: { id: opts.id, teamId: opts.teamId } });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
  await releaseBlobs(keys);
}

/** Deletes the team with everything in it, then the files no other team shares. */
export async function deleteTeamAndFiles(opts: { teamId: string }): Promise<void> {
  await releaseBlobs(await deleteTeam(opts));
}
