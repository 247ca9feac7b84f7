// The drift check between the blob store and the database, both ways: rows that point at a
// file that is not there (nothing can bring the bytes back: reported with the row ids), and
// files no row points at (orphans: repaired by removing them through releaseBlobs). A file
// younger than the grace period is left alone, since a run in flight writes its files before
// its rows. Runs on start (lib/boot.ts) and as `npm run blobs:check`.
import "server-only";
import { allKeyReferences, type KeyReference } from "@/lib/db/blob-references";
import { services } from "@/lib/services";
import { releaseBlobs } from "./release-blobs";

export const GRACE_MS = 10 * 60_000;

export interface Orphan {
  key: string;
  bytes: number;
  modifiedAt: Date;
  /** Younger than the grace period: maybe a run in flight, so never removed. */
  young: boolean;
}

export interface BlobCheck {
  files: number;
  references: number;
  missing: KeyReference[];
  orphans: Orphan[];
  repaired: boolean;
  /** Orphans removed by the repair. */
  removed: string[];
  /** Temp files of writes that never finished, older than the grace period (removed by the repair). */
  staleTemps: string[];
}

export async function checkBlobs(opts: { repair?: boolean; graceMs?: number } = {}): Promise<BlobCheck> {
  const { blobs, clock } = services();
  const cutoff = new Date(clock.now() - (opts.graceMs ?? GRACE_MS));
  // Blobs first, rows second: a run that finishes in between adds a blob and then a row, so
  // its row is confirmed in the store below instead of being reported as missing.
  const keys = new Set(await blobs.list());
  const staleTemps = await blobs.unfinishedWrites(cutoff);
  const references = await allKeyReferences();
  const used = new Set(references.map((r) => r.key));

  const missing: KeyReference[] = [];
  for (const ref of references) if (!keys.has(ref.key) && !(await blobs.stat(ref.key))) missing.push(ref);

  const orphans: Orphan[] = [];
  for (const key of keys) {
    if (used.has(key)) continue;
    const info = await blobs.stat(key);
    if (info) orphans.push({ key, bytes: info.bytes, modifiedAt: info.modifiedAt, young: info.modifiedAt > cutoff });
  }

  const removed: string[] = [];
  if (opts.repair) {
    // releaseBlobs asks every table again and re-reads the modified time right before each removal.
    const release = await releaseBlobs(orphans.filter((o) => !o.young).map((o) => o.key), { keepIfNewerThan: cutoff });
    removed.push(...release.removed);
    await blobs.removeUnfinished(staleTemps);
  }
  return { files: keys.size, references: references.length, missing, orphans, repaired: Boolean(opts.repair), removed, staleTemps };
}
