// Recently written and recently read blobs, kept in memory (least recently used first out,
// 64 MB in all). A blob's key is the hash of its bytes, so an entry can never be stale: the
// image a job just stored is served to the tab that waits for it without a disk (or object
// storage) round trip, and a gallery's thumbnails are read from disk once. Removing a blob
// (releaseBlobs) forgets it here too.
import "server-only";

const BUDGET_BYTES = 64 * 1024 * 1024;
/** Larger files are not kept: one would push out hundreds of thumbnails. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

const entries = new Map<string, Buffer>();
let held = 0;

export function hotBlob(key: string): Buffer | undefined {
  const bytes = entries.get(key);
  if (bytes) {
    // Most recently used goes last.
    entries.delete(key);
    entries.set(key, bytes);
  }
  return bytes;
}

export function keepHotBlob(key: string, bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_ENTRY_BYTES || entries.has(key)) return;
  const copy = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  entries.set(key, copy);
  held += copy.byteLength;
  for (const [oldest, old] of entries) {
    if (held <= BUDGET_BYTES) break;
    entries.delete(oldest);
    held -= old.byteLength;
  }
}

export function forgetHotBlob(key: string): void {
  const bytes = entries.get(key);
  if (!bytes) return;
  entries.delete(key);
  held -= bytes.byteLength;
}
