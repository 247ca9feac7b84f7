// Content-addressed files under the data folder. A blob is durable (written to a temp file,
// fsynced, renamed, directory fsynced) before any database row may point at it, so a crash
// can leave an unreferenced file but never a row without its bytes. Files are removed only
// through releaseBlobs (release-blobs.ts), which asks every table first.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/db/url";
import { AppError } from "@/lib/errors";
import { pin, withKeyLocks } from "./key-locks";

export type BlobExt = "png" | "jpeg" | "webp";

export interface StoredBlob {
  key: string;
  sha256: string;
  bytes: number;
  /** False when identical bytes were already stored (content addressing deduplicates). */
  created: boolean;
}

/** A row points at a file that is not on disk: a sentence for the person, not an ENOENT 500. */
export class MissingBlobError extends AppError {
  constructor(readonly key: string) {
    super("NOT_FOUND", "This file is missing from storage, so it cannot be shown or used. Run the generation again.");
  }
}

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.(png|jpeg|webp)$/;

export function blobRoot(): string {
  return path.join(dataDir(), "blobs");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Key layout `ab/cd/<sha256>.<ext>` keeps directories small at any scale. */
export function keyFor(sha256: string, ext: BlobExt): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.${ext}`;
}

export function isBlobKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export function blobPath(key: string): string {
  if (!isBlobKey(key)) throw new Error(`Not a blob key: ${key}`);
  return path.join(blobRoot(), key);
}

/**
 * Stores bytes under their hash. With `pinned`, the key stays protected from releaseBlobs in
 * this process until the caller unpins it (blob-writes.ts does both for writers).
 */
export async function putBlob(bytes: Uint8Array, ext: BlobExt, opts: { pinned?: boolean } = {}): Promise<StoredBlob> {
  const sha256 = sha256Hex(bytes);
  const key = keyFor(sha256, ext);
  const finalPath = blobPath(key);
  return withKeyLocks([key], async () => {
    const created = await writeOnce(bytes, finalPath, sha256);
    if (opts.pinned) pin(key); // still under the lock: no release can slip in between
    return { key, sha256, bytes: bytes.byteLength, created };
  });
}

/** Writes the file unless it exists; false when it did (it then gets a fresh mtime). */
async function writeOnce(bytes: Uint8Array, finalPath: string, sha256: string): Promise<boolean> {
  // The fresh mtime matters: the drift check leaves young files alone, so a file that another
  // process is about to reference is never taken for an old orphan.
  if (await touch(finalPath)) return false;
  const dir = path.dirname(finalPath);
  await fs.mkdir(dir, { recursive: true });
  const tmpPath = path.join(dir, `.${sha256}.${randomUUID()}.tmp`);
  const handle = await fs.open(tmpPath, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmpPath, finalPath);
  await syncDir(dir);
  return true;
}

export async function readBlob(key: string): Promise<Buffer> {
  try {
    return await fs.readFile(blobPath(key));
  } catch (err) {
    if (isMissing(err)) throw new MissingBlobError(key);
    throw err;
  }
}

/** True when the file exists (and now has a fresh mtime). */
export async function touch(p: string): Promise<boolean> {
  const now = new Date();
  try {
    await fs.utimes(p, now, now);
    return true;
  } catch (err) {
    if (isMissing(err)) return false;
    // Not ours to change (another owner, a read-only mount): it exists, just without a fresh mtime.
    await fs.access(p);
    return true;
  }
}

/** The unlink itself. Only release-blobs.ts and the drift check call it, after asking every table. */
export async function removeBlobFile(key: string): Promise<void> {
  await fs.rm(blobPath(key), { force: true });
}

export function isMissing(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: unknown }).code === "ENOENT";
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
