// Removing trashed images for good: rows first, then releaseBlobs removes the files no row of
// any team points at any more (the same rule as every delete, lib/storage/deletions.ts).
import "server-only";
import { TRASH_KEEP_MS, deleteTrashedRows } from "@/lib/db/trash";
import { trashDueForPurge } from "@/lib/db/trash-purge";
import { releaseBlobs } from "./release-blobs";

const PURGE_BATCH = 400;

/** "Delete now" from the trash: these ids of the team, if they are in the trash. */
export async function deleteFromTrash(opts: { teamId: string; ids: string[] }): Promise<void> {
  await releaseBlobs(await deleteTrashedRows(opts));
}

/** Everything trashed more than 30 days before `now`; returns how many images went. */
export async function purgeTrash(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - TRASH_KEEP_MS);
  let purged = 0;
  for (;;) {
    const due = await trashDueForPurge({ before, take: PURGE_BATCH });
    if (due.length === 0) return purged;
    const keys: string[] = [];
    for (const { teamId, ids } of due) {
      keys.push(...(await deleteTrashedRows({ teamId, ids })));
      purged += ids.length;
    }
    await releaseBlobs(keys);
  }
}

const PURGE_EVERY_MS = 6 * 3_600_000;

/** Purges on boot and then every 6 hours, in the background (a failure is logged and retried next time). */
export function startTrashPurge(): void {
  const run = () =>
    purgeTrash().then(
      (n) => n > 0 && console.log(`[fresco] trash: ${n} image(s) older than 30 days deleted for good`),
      (err) => console.error("[fresco] trash purge failed:", err),
    );
  void run();
  setInterval(run, PURGE_EVERY_MS).unref();
}
