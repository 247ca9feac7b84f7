// A person's favourite images: a star on the gallery's tiles and the image page.
import "server-only";
import { AppError } from "@/lib/errors";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

/** Stars or unstars one of the team's images for this person; another team's image is NOT_FOUND. */
export async function setFavourite(opts: { teamId: string; userId: string; imageId: string; favourite: boolean }): Promise<void> {
  const image = await prisma.image.findFirst({ where: { id: opts.imageId, generation: { teamId: opts.teamId } }, select: { id: true } });
  if (!image) throw new AppError("NOT_FOUND", NOT_FOUND);
  const key = { userId: opts.userId, imageId: image.id };
  if (opts.favourite) await prisma.favourite.upsert({ where: { userId_imageId: key }, create: { ...key, teamId: opts.teamId }, update: {} });
  else await prisma.favourite.deleteMany({ where: key });
}

/** Which of `imageIds` this person has starred in this team. */
export async function favouriteIds(opts: { teamId: string; userId: string; imageIds: string[] }): Promise<Set<string>> {
  if (opts.imageIds.length === 0) return new Set();
  const rows = await prisma.favourite.findMany({ where: { teamId: opts.teamId, userId: opts.userId, imageId: { in: opts.imageIds } }, select: { imageId: true } });
  return new Set(rows.map((r) => r.imageId));
}
