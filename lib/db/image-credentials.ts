// The content credentials kept on a generation's images (Image.credentials): what the detail
// page reads, and the cache for rows stored before credentials were read at store time.
import "server-only";
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
