// The drift check between the blob store and the database, both ways: rows that point at a
// file that is not there (nothing can bring the bytes back: reported with the row ids), and
// files no row points at (orphans: repaired by removing them through releaseBlobs). A file
// younger than the grace period is left alone, since a run in flight writes its files before
// its rows. Runs on start (lib/boot.ts) and as `npm run blobs:check`.
import "server-only";
import { promises as fs } from "node:fs";
import path from "node:path";
import { allKeyReferences, type KeyReference } from "@/lib/db/blob-references";
import { blobPath, blobRoot, isBlobKey, isMissing } from "./blob-store";
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

export async function checkBlobs(opts: { repair?: boolean; graceMs?: number; now?: Date } = {}): Promise<BlobCheck> {
  const cutoff = new Date((opts.now ?? new Date()).getTime() - (opts.graceMs ?? GRACE_MS));
  // Files first, rows second: a run that finishes in between adds a file and then a row, so
  // its row is confirmed on disk below instead of being reported as missing.
  const { keys, temps } = await listStore();
  const references = await allKeyReferences();
  const used = new Set(references.map((r) => r.key));

  const missing: KeyReference[] = [];
  for (const ref of references) if (!keys.has(ref.key) && !(await exists(blobPath(ref.key)))) missing.push(ref);

  const orphans: Orphan[] = [];
  for (const key of keys) {
    if (used.has(key)) continue;
    const stat = await statOrNull(blobPath(key));
    if (stat) orphans.push({ key, bytes: stat.size, modifiedAt: stat.mtime, young: stat.mtime > cutoff });
  }
  const staleTemps: string[] = [];
  for (const temp of temps) {
    const stat = await statOrNull(path.join(blobRoot(), temp));
    if (stat && stat.mtime <= cutoff) staleTemps.push(temp);
  }

  const removed: string[] = [];
  if (opts.repair) {
    // releaseBlobs asks every table again and re-reads the mtime right before each unlink.
    const release = await releaseBlobs(orphans.filter((o) => !o.young).map((o) => o.key), { keepIfNewerThan: cutoff });
    removed.push(...release.removed);
    await Promise.allSettled(staleTemps.map((t) => fs.rm(path.join(blobRoot(), t), { force: true })));
  }
  return { files: keys.size, references: references.length, missing, orphans, repaired: Boolean(opts.repair), removed, staleTemps };
}

/** The store's files as keys (`ab/cd/<sha256>.<ext>`), and leftover temp files. */
async function listStore(): Promise<{ keys: Set<string>; temps: string[] }> {
  const keys = new Set<string>();
  const temps: string[] = [];
  let entries: string[];
  try {
    entries = await fs.readdir(blobRoot(), { recursive: true });
  } catch (err) {
    if (isMissing(err)) return { keys, temps }; // nothing stored yet
    throw err;
  }
  for (const entry of entries) {
    const rel = entry.split(path.sep).join("/");
    if (isBlobKey(rel)) keys.add(rel);
    else if (rel.endsWith(".tmp") && path.basename(rel).startsWith(".")) temps.push(rel);
  }
  return { keys, temps };
}

async function statOrNull(p: string) {
  try {
    return await fs.stat(p);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

async function exists(p: string): Promise<boolean> {
  return (await statOrNull(p)) !== null;
}
