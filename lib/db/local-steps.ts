// Steps Fresco makes itself, without a provider (a local enlargement with sharp): one
// Generation of kind "local", finished when it is written, with its image, in one transaction.
// Its cost is exactly $0 (known, not unknown): nothing was sent anywhere.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FinishedImage } from "./generations";
import { prisma } from "./client";

export interface NewLocalStep {
  teamId: string;
  createdById: string;
  idempotencyKey: string;
  parentImageId: string;
  projectId: string;
  /** The parent's prompt: a local step asks nothing new, and search finds it with its parent. */
  prompt: string;
  /** What was done, for the card and the history's diff: { size, output_format, method, ... }. */
  params: Prisma.InputJsonValue & Record<string, string | number | boolean>;
  image: Omit<FinishedImage, "index">;
}

/** The team's local steps made by earlier submissions with these keys. */
export async function findStepsByKeys(opts: { teamId: string; keys: string[] }): Promise<Map<string, string>> {
  const rows = await prisma.generation.findMany({ where: { teamId: opts.teamId, idempotencyKey: { in: opts.keys } }, select: { id: true, idempotencyKey: true } });
  return new Map(rows.map((r) => [r.idempotencyKey!, r.id]));
}

/** Creates the step and its image at once; null when the same key won a race (the caller reads that one). */
export async function createLocalStep(step: NewLocalStep): Promise<string | null> {
  const now = new Date();
  const { image, params, ...rest } = step;
  try {
    const row = await prisma.generation.create({
      data: {
        ...rest,
        kind: "local",
        model: "local",
        params,
        status: "succeeded",
        resolvedSize: `${image.width}x${image.height}`,
        resolvedFormat: image.format,
        costUsd: "0",
        createdAt: now,
        startedAt: now,
        finishedAt: now,
        images: { create: [{ ...image, index: 0 }] },
      },
      select: { id: true },
    });
    return row.id;
  } catch (err) {
    if (typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "P2002") return null;
    throw err;
  }
}

/** The team's images an enlargement starts from, with their generation's prompt; others' ids find nothing. */
export async function findEnlargeSources(opts: { teamId: string; ids: string[] }) {
  const rows = await prisma.image.findMany({
    where: { id: { in: opts.ids }, trashedAt: null, generation: { teamId: opts.teamId } },
    select: { id: true, format: true, width: true, height: true, bytes: true, sha256: true, storageKey: true, generation: { select: { prompt: true } } },
  });
  return new Map(rows.map(({ generation, ...r }) => [r.id, { ...r, prompt: generation.prompt }]));
}

/** A generation's finalists (not in the trash), in order; null when the generation is not the team's. */
export async function finalistsOf(opts: { teamId: string; generationId: string }): Promise<string[] | null> {
  const row = await prisma.generation.findFirst({
    where: { id: opts.generationId, teamId: opts.teamId },
    select: { images: { where: { pick: "finalist", trashedAt: null }, orderBy: { index: "asc" }, select: { id: true } } },
  });
  return row ? row.images.map((r) => r.id) : null;
}
