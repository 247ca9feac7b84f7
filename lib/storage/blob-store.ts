// Content-addressed files under the data folder. A blob is durable (written to a temp file,
// fsynced, renamed, directory fsynced) before any database row may point at it, so a crash
// can leave an unreferenced file but never a row without its bytes.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/db/url";

export type BlobExt = "png" | "jpeg" | "webp";

export interface StoredBlob {
  key: string;
  sha256: string;
  bytes: number;
  /** False when identical bytes were already stored (content addressing deduplicates). */
  created: boolean;
}

function blobRoot(): string {
  return path.join(dataDir(), "blobs");
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Key layout `ab/cd/<sha256>.<ext>` keeps directories small at any scale. */
export function keyFor(sha256: string, ext: BlobExt): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.${ext}`;
}

export function blobPath(key: string): string {
  if (!/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.(png|jpeg|webp)$/.test(key)) {
    throw new Error(`Not a blob key: ${key}`);
  }
  return path.join(blobRoot(), key);
}

export async function putBlob(bytes: Uint8Array, ext: BlobExt): Promise<StoredBlob> {
  const sha256 = sha256Hex(bytes);
  const key = keyFor(sha256, ext);
  const finalPath = blobPath(key);
  const dir = path.dirname(finalPath);
  await fs.mkdir(dir, { recursive: true });
  if (await exists(finalPath)) return { key, sha256, bytes: bytes.byteLength, created: false };

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
  return { key, sha256, bytes: bytes.byteLength, created: true };
}

/** Removes a blob this process just created, when the row that would point at it failed. */
export async function deleteBlob(key: string): Promise<void> {
  await fs.rm(blobPath(key), { force: true });
}

export async function readBlob(key: string): Promise<Buffer> {
  return fs.readFile(blobPath(key));
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
