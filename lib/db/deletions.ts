// Deleting work's rows (images and inputs cascade). The files go after, through releaseBlobs:
// lib/storage/deletions.ts does both, in that order, and is the one to call.
import "server-only";
import { AppError } from "@/lib/errors";
import { keysOfGenerations } from "./blob-references";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

export async function findGenerationOwner(opts: { teamId: string; id: string }) {
  const row = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, select: { createdById: true, status: true } });
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND);
  return row;
}

/** Deletes the generation's rows; returns the blob keys they held, for releaseBlobs. */
export async function deleteGenerationRows(opts: { teamId: string; id: string }): Promise<string[]> {
  const mine = await prisma.generation.findFirst({ where: { id: opts.id, teamId: opts.teamId }, select: { id: true } });
  // Keys are read before the rows go (the team check above keeps another team's rows out of it).
  const keys = mine ? await keysOfGenerations([mine.id]) : [];
  const { count } = await prisma.generation.deleteMany({ where: { id: opts.id, teamId: opts.teamId } });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
  return keys;
}
