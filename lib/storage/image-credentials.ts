// Content credentials of stored images: read from the files once (at store time, or the first
// time an older image's page is shown) and kept on the row, never read twice.
import "server-only";
import { listImageCredentials, saveImageCredentials } from "@/lib/db/image-credentials";
import { readContentCredentials } from "@/lib/images/content-credentials";
import { derivedKind, type CredentialsPanel, type StoredCredentials } from "@/lib/views/content-credentials";
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

async function readStored(row: { storageKey: string; rawStorageKey: string | null }): Promise<StoredCredentials | null> {
  try {
    return await credentialsOfFiles(await readBlob(row.storageKey), row.rawStorageKey ? await readBlob(row.rawStorageKey) : undefined);
  } catch (err) {
    // A missing file is the blob check's to report (lib/storage/blob-check.ts); the page still shows.
    if (err instanceof MissingBlobError) return null;
    throw err;
  }
}

const missing = { state: "unreadable" as const, issuer: null, signer: null, claimGenerator: null, madeWithAi: false, actions: [] };

/** The credentials panels of one generation of this team, reading (and keeping) any not read yet. */
export async function credentialsPanels(opts: { teamId: string; generationId: string }): Promise<CredentialsPanel[]> {
  const rows = await listImageCredentials(opts);
  const panels: CredentialsPanel[] = [];
  for (const row of rows) {
    let credentials = row.credentials;
    if (!credentials) {
      credentials = await readStored(row);
      if (credentials) await saveImageCredentials({ teamId: opts.teamId, imageId: row.id, credentials });
    }
    panels.push({
      imageId: row.id,
      index: row.index,
      derived: derivedKind(row.derivation),
      credentials: credentials ?? { file: { ...missing, problems: ["The file is missing from storage."] }, raw: null },
    });
  }
  return panels;
}
