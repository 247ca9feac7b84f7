// Data access for edits: the files sent with them (GenerationInput) and the team's own images
// they may start from. Every lookup a person can trigger filters on the team.
import "server-only";
import type { SerializedMask } from "@/lib/canvas/mask-state";
import { toStoredColumns, type EditRequest } from "@/lib/generations/request";
import type { StoredImageFile } from "@/lib/images/image-file";
import { prisma } from "./client";

export interface NewInput extends StoredImageFile {
  role: "image" | "mask";
  index: number;
  name: string;
}

export interface NewEdit {
  teamId: string;
  createdById: string;
  request: EditRequest;
  idempotencyKey: string;
  batchId: string;
  /** The team's image it edits (its base from the gallery), for its lineage; none for an upload. */
  parentImageId?: string;
  /** The project it goes into (lib/submissions/target-project.ts decides which). */
  projectId: string;
  inputs: NewInput[];
  /** The mask as drawn, for restoring it into the editor. */
  maskState?: SerializedMask;
  /** The team's provider it is sent to; null or absent: the environment's default. */
  providerId?: string | null;
}

/** The team's images among `ids`; an id of another team is simply not there. */
export async function findTeamImages(opts: { teamId: string; ids: string[] }) {
  const rows = await prisma.image.findMany({
    where: { id: { in: opts.ids }, trashedAt: null, generation: { teamId: opts.teamId } },
    select: { id: true, format: true, width: true, height: true, bytes: true, sha256: true, storageKey: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findEditsByKeys(opts: { teamId: string; keys: string[] }) {
  return prisma.generation.findMany({
    where: { teamId: opts.teamId, idempotencyKey: { in: opts.keys } },
    select: { id: true, idempotencyKey: true, batchId: true },
  });
}

/**
 * Creates every generation of one submission with its inputs in one transaction, so a batch
 * is queued whole or not at all. Returns null when an identical submission won the race
 * (the unique idempotency key): the caller reads that one's rows instead.
 */
export async function createEdits(edits: NewEdit[]): Promise<string[] | null> {
  try {
    const rows = await prisma.$transaction(
      edits.map(({ inputs, request, ...edit }) =>
        prisma.generation.create({ data: { ...edit, ...toStoredColumns(request), inputs: { create: inputs } }, select: { id: true } }),
      ),
    );
    return rows.map((r) => r.id);
  } catch (err) {
    if (isUniqueViolation(err)) return null;
    // A base deleted from the gallery since it was checked: the edit keeps its own copy of the
    // bytes, so it goes ahead without a parent, as it would be had the delete come just after.
    if (errorCode(err) === "P2003" && edits.some((e) => e.parentImageId)) return createEdits(edits.map((e) => ({ ...e, parentImageId: undefined })));
    throw err;
  }
}

/** For the job runner only: it acts on ids handed over by a team-checked action. */
export async function getInputsForRun(generationId: string) {
  return prisma.generationInput.findMany({ where: { generationId }, orderBy: [{ role: "asc" }, { index: "asc" }] });
}

export async function getInputFile(opts: { teamId: string; id: string }) {
  return prisma.generationInput.findFirst({
    where: { id: opts.id, generation: { teamId: opts.teamId } },
    select: { id: true, name: true, format: true, sha256: true, storageKey: true, bytes: true },
  });
}

function errorCode(err: unknown): unknown {
  return typeof err === "object" && err !== null && "code" in err ? (err as { code: unknown }).code : undefined;
}

function isUniqueViolation(err: unknown): boolean {
  return errorCode(err) === "P2002";
}
