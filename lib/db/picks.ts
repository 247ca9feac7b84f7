// Finalists and discards among a submission's candidates, and re-running a finalist's request.
import "server-only";
import { AppError } from "@/lib/errors";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

export async function setPick(opts: { teamId: string; imageId: string; pick: "finalist" | "discarded" | null }): Promise<void> {
  const { count } = await prisma.image.updateMany({
    where: { id: opts.imageId, generation: { teamId: opts.teamId } },
    data: { pick: opts.pick },
  });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

/** Who made the generation an image belongs to (for the ownership rule), when it is in this team. */
export async function findImageAuthor(opts: { teamId: string; imageId: string }): Promise<{ createdById: string | null }> {
  const image = await prisma.image.findFirst({
    where: { id: opts.imageId, generation: { teamId: opts.teamId } },
    select: { generation: { select: { createdById: true } } },
  });
  if (!image) throw new AppError("NOT_FOUND", NOT_FOUND);
  return image.generation;
}

/** The generation an image came from, with its parameters, when it is in this team. */
export async function imageSource(opts: { teamId: string; imageId: string }) {
  const image = await prisma.image.findFirst({
    where: { id: opts.imageId, generation: { teamId: opts.teamId } },
    select: { id: true, generation: { select: { kind: true, params: true, prompt: true } } },
  });
  if (!image) throw new AppError("NOT_FOUND", NOT_FOUND);
  return image;
}
