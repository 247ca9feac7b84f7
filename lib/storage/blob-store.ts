// Content-addressed image bytes, in the store the composition root provides (a folder today,
// object storage later). A blob is durable before any database row may point at it, so a crash
// can leave an unreferenced blob but never a row without its bytes. Blobs are removed only
// through releaseBlobs (release-blobs.ts), which asks every table first.
import "server-only";
import { AppError } from "@/lib/errors";
import { keyFor, sha256Hex, type BlobExt } from "@/lib/ports/blob-keys";
import { services } from "@/lib/services";
import { hotBlob, keepHotBlob } from "./hot-blobs";

export interface StoredBlob {
  key: string;
  sha256: string;
  bytes: number;
  /** False when identical bytes were already stored (content addressing deduplicates). */
  created: boolean;
}

/** A row points at a blob that is not stored: a sentence for the person, not an ENOENT 500. */
export class MissingBlobError extends AppError {
  constructor(readonly key: string) {
    super("NOT_FOUND", "This file is missing from storage, so it cannot be shown or used. Run the generation again.");
  }
}

/**
 * Stores bytes under their hash. With `pinned`, the key stays protected from releaseBlobs in
 * this process until the caller unpins it (blob-writes.ts does both for writers).
 */
export async function putBlob(bytes: Uint8Array, ext: BlobExt, opts: { pinned?: boolean } = {}): Promise<StoredBlob> {
  const sha256 = sha256Hex(bytes);
  const key = keyFor(sha256, ext);
  const { blobs, blobLocks } = services();
  return blobLocks.withKeyLocks([key], async () => {
    const created = await blobs.put(key, bytes);
    if (opts.pinned) blobLocks.pin(key); // still under the lock: no release can slip in between
    keepHotBlob(key, bytes); // a just-made image is asked for at once
    return { key, sha256, bytes: bytes.byteLength, created };
  });
}

export async function readBlob(key: string): Promise<Buffer> {
  const hot = hotBlob(key);
  if (hot) return hot;
  const bytes = await services().blobs.read(key);
  if (!bytes) throw new MissingBlobError(key);
  keepHotBlob(key, bytes);
  return bytes;
}
