// The content credentials kept on a generation's images (Image.credentials) and on an edit's
// image inputs (GenerationInput.credentials): what the detail page reads, and the cache for
// rows not read yet (inputs, and images stored before credentials were read at store time).
import "server-only";
import { contentCredentialsSchema, type ContentCredentials } from "@/lib/images/credentials-schema";
import { storedCredentialsSchema, type StoredCredentials } from "@/lib/views/content-credentials";
import { prisma } from "./client";

export interface ImageCredentialsRow {
  id: string;
  index: number;
  storageKey: string;
  rawStorageKey: string | null;
  derivation: unknown;
  /** Null when not read yet, or when what was kept no longer parses (it is read again). */
  credentials: StoredCredentials | null;
}

/** The images of one generation of this team, in order; another team's id finds none. */
export async function listImageCredentials(opts: { teamId: string; generationId: string }): Promise<ImageCredentialsRow[]> {
  const rows = await prisma.image.findMany({
    where: { generationId: opts.generationId, generation: { teamId: opts.teamId } },
    select: { id: true, index: true, storageKey: true, rawStorageKey: true, derivation: true, credentials: true },
    orderBy: { index: "asc" },
  });
  return rows.map((row) => ({ ...row, credentials: storedCredentialsSchema.safeParse(row.credentials).data ?? null }));
}

/** Keeps what was read for an image of this team. */
export async function saveImageCredentials(opts: { teamId: string; imageId: string; credentials: StoredCredentials }): Promise<void> {
  await prisma.image.updateMany({
    where: { id: opts.imageId, generation: { teamId: opts.teamId } },
    data: { credentials: opts.credentials },
  });
}

export interface InputCredentialsRow {
  id: string;
  index: number;
  name: string;
  storageKey: string;
  credentials: ContentCredentials | null;
}

/** The image inputs (base, references; not the mask) of one edit of this team, in order. */
export async function listInputCredentials(opts: { teamId: string; generationId: string }): Promise<InputCredentialsRow[]> {
  const rows = await prisma.generationInput.findMany({
    where: { generationId: opts.generationId, role: "image", generation: { teamId: opts.teamId } },
    select: { id: true, index: true, name: true, storageKey: true, credentials: true },
    orderBy: { index: "asc" },
  });
  return rows.map((row) => ({ ...row, credentials: contentCredentialsSchema.safeParse(row.credentials).data ?? null }));
}

/** Keeps what was read for an image input of this team. */
export async function saveInputCredentials(opts: { teamId: string; inputId: string; credentials: ContentCredentials }): Promise<void> {
  await prisma.generationInput.updateMany({
    where: { id: opts.inputId, generation: { teamId: opts.teamId } },
    data: { credentials: opts.credentials },
  });
}
