// Content credentials of stored files: read from the files once (an output at store time, an
// older output or an edit's input the first time its page is shown) and kept on the row.
import "server-only";
import { listImageCredentials, listInputCredentials, saveImageCredentials, saveInputCredentials } from "@/lib/db/image-credentials";
import { readContentCredentials } from "@/lib/images/content-credentials";
import type { ContentCredentials } from "@/lib/images/credentials-schema";
import { derivedKind, type GenerationCredentials, type StoredCredentials } from "@/lib/views/content-credentials";
import { MissingBlobError, readBlob } from "./blob-store";

/**
 * What a file carries, and for a file Fresco made from the provider's output (a composite, or
 * one mapped back into the base's frame) what that raw output carries. Both are read, so "the
 * composite no longer carries them" is a reading, not an assumption.
 */
export async function credentialsOfFiles(file: Uint8Array, raw?: Uint8Array): Promise<StoredCredentials> {
  return {
    file: await readContentCredentials(file),
    raw: raw ? await readContentCredentials(raw) : null,
  };
}

/** A missing file is the blob check's to report (lib/storage/blob-check.ts); the page still shows. */
async function unlessMissing<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof MissingBlobError) return null;
    throw err;
  }
}

const missing: ContentCredentials = {
  state: "unreadable",
  issuer: null,
  signer: null,
  claimGenerator: null,
  madeWithAi: false,
  actions: [],
  problems: ["The file is missing from storage."],
};

/** The credentials of one generation of this team, reading (and keeping) any not read yet. */
export async function generationCredentials(opts: { teamId: string; generationId: string }): Promise<GenerationCredentials> {
  const [imageRows, inputRows] = await Promise.all([listImageCredentials(opts), listInputCredentials(opts)]);
  const images: GenerationCredentials["images"] = [];
  for (const row of imageRows) {
    let credentials = row.credentials;
    if (!credentials) {
      credentials = await unlessMissing(async () =>
        credentialsOfFiles(await readBlob(row.storageKey), row.rawStorageKey ? await readBlob(row.rawStorageKey) : undefined),
      );
      if (credentials) await saveImageCredentials({ teamId: opts.teamId, imageId: row.id, credentials });
    }
    images.push({ imageId: row.id, index: row.index, derived: derivedKind(row.derivation), credentials: credentials ?? { file: missing, raw: null } });
  }
  const inputs: GenerationCredentials["inputs"] = [];
  for (const row of inputRows) {
    let credentials = row.credentials;
    if (!credentials) {
      credentials = await unlessMissing(async () => readContentCredentials(await readBlob(row.storageKey)));
      if (credentials) await saveInputCredentials({ teamId: opts.teamId, inputId: row.id, credentials });
    }
    inputs.push({ inputId: row.id, index: row.index, name: row.name, credentials: credentials ?? missing });
  }
  return { images, inputs };
}
