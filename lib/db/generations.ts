// Data access for generations and their images. Prisma is called only from lib/db.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toStoredColumns, type GenerationRequest } from "@/lib/generations/request";
import type { UnsuccessfulStatus } from "@/lib/generations/status";
import type { StoredImageFile } from "@/lib/images/image-file";
import type { ResolvedParams } from "@/lib/images/normalize";
import type { NormalizedUsage } from "@/lib/images/usage";
import type { StoredCredentials } from "@/lib/views/content-credentials";
import { prisma } from "./client";
import { recordGenerated } from "./activity";

export interface NewGeneration {
  teamId: string;
  createdById: string;
  request: GenerationRequest;
  idempotencyKey?: string;
  parentImageId?: string;
  /** The project it goes into (lib/submissions/target-project.ts decides which). */
  projectId: string;
  /** The team's provider it is sent to; null or absent: the environment's default. */
  providerId?: string | null;
}

/** The team's generation made by an earlier submission with this key, if any. */
export async function findByIdempotencyKey(opts: { teamId: string; idempotencyKey: string }): Promise<{ id: string } | null> {
  return prisma.generation.findUnique({ where: { teamId_idempotencyKey: opts }, select: { id: true } });
}

/** Creates the row, or returns the team's existing one for a resubmitted idempotency key. */
export async function createGeneration(input: NewGeneration): Promise<{ id: string; created: boolean }> {
  const byKey = input.idempotencyKey
    ? { teamId_idempotencyKey: { teamId: input.teamId, idempotencyKey: input.idempotencyKey } }
    : undefined;
  if (byKey) {
    const existing = await prisma.generation.findUnique({ where: byKey, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  const { request, ...rest } = input;
  try {
    const row = await prisma.generation.create({ data: { ...rest, ...toStoredColumns(request) }, select: { id: true } });
    return { id: row.id, created: true };
  } catch (err) {
    // Two identical submissions raced: the unique key makes the second one a no-op.
    if (byKey && isUniqueViolation(err)) {
      const row = await prisma.generation.findUniqueOrThrow({ where: byKey });
      return { id: row.id, created: false };
    }
    throw err;
  }
}

/** For the job runner only: it acts on ids it was handed by a team-checked action. */
export async function getGenerationForRun(id: string) {
  return prisma.generation.findUnique({ where: { id } });
}

/** Moves queued → running; false when the row was canceled or taken meanwhile. */
export async function markRunning(id: string, instanceId: string | null = null): Promise<boolean> {
  const { count } = await prisma.generation.updateMany({
    where: { id, status: "queued" },
    // The instance is recorded with the claim: a peer settles the row only if this one dies.
    data: { status: "running", startedAt: new Date(), instanceId },
  });
  return count === 1;
}

/**
 * Records that the provider call is about to go out. From here on a restart cannot know whether
 * the provider billed it; before it, the work is safe to queue again.
 */
export async function markSent(id: string): Promise<void> {
  await prisma.generation.update({ where: { id }, data: { sentAt: new Date() } });
}

export interface FinishedImage extends StoredImageFile {
  index: number;
  thumbnailKey: string;
  rawStorageKey?: string;
  rawSha256?: string;
  rawFormat?: string;
  rawBytes?: number;
  heatmapKey?: string;
  derivation?: Prisma.InputJsonValue;
  credentials?: StoredCredentials;
}

export interface Completion {
  images: FinishedImage[];
  requestId?: string;
  /** What the provider made of the request's `auto`s. */
  resolved: ResolvedParams;
  usage: NormalizedUsage | null;
  costUsd: string | null;
  priceTableId: string | null;
  providerMs: number;
  retries: number;
}

/** Commits the images and the outcome in one short transaction, after the blobs are durable. */
export async function completeGeneration(id: string, done: Completion): Promise<void> {
  await prisma.$transaction([
    prisma.image.createMany({ data: done.images.map((img) => ({ ...img, generationId: id })) }),
    prisma.generation.update({
      where: { id },
      data: {
        status: "succeeded",
        requestId: done.requestId,
        resolvedSize: done.resolved.size,
        resolvedQuality: done.resolved.quality,
        resolvedBackground: done.resolved.background,
        resolvedFormat: done.resolved.outputFormat,
        textTokensIn: done.usage?.textTokensIn ?? null,
        imageTokensIn: done.usage?.imageTokensIn ?? null,
        imageTokensOut: done.usage?.imageTokensOut ?? null,
        textTokensOut: done.usage?.textTokensOut ?? null,
        totalTokens: done.usage?.totalTokens ?? null,
        costUsd: done.costUsd,
        priceTableId: done.priceTableId,
        providerMs: done.providerMs,
        retries: done.retries,
        finishedAt: new Date(),
      },
    }),
  ]);
  await recordGenerated(id);
}

export interface Failure {
  status: UnsuccessfulStatus;
  errorCode: string;
  errorMessage: string;
  requestId?: string;
  providerMs?: number;
  retries?: number;
}

export async function failGeneration(id: string, failure: Failure): Promise<void> {
  await prisma.generation.update({ where: { id }, data: { ...failure, finishedAt: new Date() } });
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "P2002";
}

/** Marks a generation that never reached the provider as canceled; false if it had started. */
export async function cancelQueued(id: string): Promise<boolean> {
  const { count } = await prisma.generation.updateMany({
    where: { id, status: "queued" },
    data: {
      status: "canceled",
      errorCode: "canceled",
      errorMessage: "Canceled before it reached the provider. Nothing was billed.",
      costUsd: "0",
      finishedAt: new Date(),
    },
  });
  return count === 1;
}
