// The blob store as a folder (FRESCO_DATA_DIR/blobs). A write is durable before put resolves:
// temp file, fsync, rename, fsync of the directory; so a crash can leave a stray temp file or
// an unreferenced blob, never a row whose bytes are not on disk.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { dataDir } from "@/lib/data-dir";
import { isBlobKey } from "@/lib/ports/blob-keys";
import type { BlobBody, BlobInfo, BlobStore, ByteRange } from "@/lib/ports/blob-store";

/** The folder the server's store uses. */
export function blobRoot(): string {
  return path.join(dataDir(), "blobs");
}

/** Where the server's store keeps a key (for tools and tests that look at the folder itself). */
export function blobPath(key: string): string {
  return keyPath(blobRoot(), key);
}

function keyPath(root: string, key: string): string {
  if (!isBlobKey(key)) throw new Error(`Not a blob key: ${key}`);
  return path.join(root, key);
}

const isTemp = (rel: string) => rel.endsWith(".tmp") && path.basename(rel).startsWith(".");

export function localBlobStore(root: string): BlobStore {
  const at = (key: string) => keyPath(root, key);

  async function stat(key: string): Promise<BlobInfo | null> {
    const s = await fs.stat(at(key)).catch(orNull);
    return s && { key, bytes: s.size, modifiedAt: s.mtime };
  }

  /** Every file under the root as a `/`-separated relative path. */
  async function walk(): Promise<string[]> {
    const entries = await fs.readdir(root, { recursive: true }).catch(orNull);
    return (entries ?? []).map((e) => e.split(path.sep).join("/"));
  }

  return {
    async put(key, bytes) {
      const file = at(key);
      // The fresh mtime matters: the drift check leaves young files alone, so a file another
      // process is about to reference is never taken for an old orphan.
      if (await touchFile(file)) return false;
      const dir = path.dirname(file);
      await fs.mkdir(dir, { recursive: true });
      const tmp = path.join(dir, `.${path.basename(file)}.${randomUUID()}.tmp`);
      const handle = await fs.open(tmp, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(tmp, file);
      await syncDir(dir);
      return true;
    },
    read: async (key) => fs.readFile(at(key)).catch(orNull),
    open: async (key, range) => openFile(at(key), range),
    touch: async (key) => touchFile(at(key)),
    stat,
    remove: async (key) => fs.rm(at(key), { force: true }),
    list: async () => (await walk()).filter(isBlobKey),
    async unfinishedWrites(before) {
      const old: string[] = [];
      for (const rel of (await walk()).filter(isTemp)) {
        const s = await fs.stat(path.join(root, rel)).catch(orNull);
        if (s && s.mtime <= before) old.push(rel);
      }
      return old;
    },
    async removeUnfinished(names) {
      const safe = names.filter((n) => isTemp(n) && !path.normalize(n).startsWith(".."));
      await Promise.allSettled(safe.map((n) => fs.rm(path.join(root, n), { force: true })));
    },
  };
}

// A thumbnail or a typical image is read in one call (as fast as readFile); larger files stream.
const READ_AT_ONCE = 1 << 20;

async function openFile(file: string, range?: ByteRange): Promise<BlobBody | null> {
  const handle = await fs.open(file, "r").catch(orNull);
  if (!handle) return null;
  try {
    const { size } = await handle.stat();
    const start = range?.start ?? 0;
    const end = Math.min(range?.end ?? size - 1, size - 1);
    const length = Math.max(0, end - start + 1);
    if (length > READ_AT_ONCE) {
      const node = handle.createReadStream({ start, end }); // closes the handle when done
      return { size, stream: Readable.toWeb(node) as ReadableStream<Uint8Array> };
    }
    const bytes = Buffer.alloc(length);
    for (let at = 0; at < length; ) {
      const { bytesRead } = await handle.read(bytes, at, length - at, start + at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    await handle.close();
    return { size, stream: oneChunk(bytes) };
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
}

function oneChunk(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** True when the file exists (and now has a fresh mtime). */
async function touchFile(file: string): Promise<boolean> {
  const now = new Date();
  try {
    await fs.utimes(file, now, now);
    return true;
  } catch (err) {
    if (isMissing(err)) return false;
    // Not ours to change (another owner, a read-only mount): it exists, just without a fresh mtime.
    await fs.access(file);
    return true;
  }
}

/** null for a missing file; any other failure is a real one. */
function orNull(err: unknown): null {
  if (isMissing(err)) return null;
  throw err;
}

function isMissing(err: unknown): boolean {
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
