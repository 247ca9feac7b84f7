// The one way a blob file is removed: after the rows that used it are deleted (outside any
// transaction), and only when no row of any team points at it and no writer in this process
// holds it. When in doubt the file stays: an orphan costs disk space until the drift check
// (blob-check.ts) repairs it; a deleted file that a row still needs breaks that row for good.
import "server-only";
import { referencedKeys } from "@/lib/db/blob-references";
import { isBlobKey } from "@/lib/ports/blob-keys";
import { services } from "@/lib/services";
import { forgetHotBlob } from "./hot-blobs";

export interface Release {
  removed: string[];
  /** Still referenced, held by a writer, or (with keepIfNewerThan) touched recently. */
  kept: string[];
  /** Could not be removed; left for the drift check. */
  failed: string[];
}

const BATCH = 200;

/**
 * Removes those of `keys` that nothing references any more. Never throws: the rows are gone
 * already, and a file left behind is only space until the drift check finds it.
 */
export async function releaseBlobs(keys: Iterable<string>, opts: { keepIfNewerThan?: Date } = {}): Promise<Release> {
  const all = [...new Set(keys)].filter(isBlobKey);
  const result: Release = { removed: [], kept: [], failed: [] };
  try {
    const used = await referencedKeys(all);
    const candidates = all.filter((k) => !used.has(k));
    result.kept.push(...all.filter((k) => used.has(k)));
    for (let i = 0; i < candidates.length; i += BATCH) {
      const batch = candidates.slice(i, i + BATCH);
      await services().blobLocks.withKeyLocks(batch, () => removeUnused(batch, opts.keepIfNewerThan, result));
    }
  } catch (err) {
    const done = new Set([...result.removed, ...result.kept]);
    result.failed.push(...all.filter((k) => !done.has(k)));
    console.error("[fresco] releasing blobs failed:", err);
  }
  // A file left behind only wastes space until the drift check removes it; the rows are gone either way.
  if (result.failed.length > 0) console.error(`[fresco] ${result.failed.length} file(s) not removed; the blob check will`);
  return result;
}

/** Under the keys' locks: ask again right before unlinking, since a writer may have committed a row meanwhile. */
async function removeUnused(batch: string[], newerThan: Date | undefined, result: Release): Promise<void> {
  const { blobs, blobLocks } = services();
  const free = batch.filter((k) => !blobLocks.isPinned(k));
  result.kept.push(...batch.filter((k) => blobLocks.isPinned(k)));
  const used = await referencedKeys(free);
  for (const key of free) {
    if (used.has(key) || (newerThan && (await modifiedAfter(key, newerThan)))) {
      result.kept.push(key);
      continue;
    }
    try {
      await blobs.remove(key);
      forgetHotBlob(key);
      result.removed.push(key);
    } catch {
      result.failed.push(key);
    }
  }
}

async function modifiedAfter(key: string, when: Date): Promise<boolean> {
  const info = await services().blobs.stat(key);
  return info !== null && info.modifiedAt > when;
}
