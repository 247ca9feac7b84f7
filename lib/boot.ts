// Start-up work for the server process: settle jobs a previous process left behind (what
// never reached the provider is queued again), start the job runner on the queue the
// composition root (lib/services.ts) provides, and have the offline emulator listening
// before the first request needs it.
import "server-only";
import { enableWriteAheadLog } from "@/lib/db/journal";
import { startStatisticsRefresh } from "@/lib/db/statistics";
import { env } from "@/lib/env";
import { startRunner } from "@/lib/jobs/runner";
import { startInstance } from "@/lib/jobs/instances";
import { providerSettings } from "@/lib/provider/settings";
import { checkBlobs } from "@/lib/storage/blob-check";
import { describeCheck } from "@/lib/storage/blob-report";
import { startTrashPurge } from "@/lib/storage/trash";
import { handleStopSignals, markStarted } from "@/lib/shutdown";

export async function boot(): Promise<void> {
  env(); // fail fast on a bad environment
  await enableWriteAheadLog();
  startStatisticsRefresh(); // the planner's statistics follow the data as it grows
  // Records this instance and settles what a previous or dead process left (never a live peer's).
  const settled = await startInstance();
  if (settled.interrupted + settled.requeued + settled.dropped > 0) {
    console.log(
      `[fresco] unfinished work: ${settled.requeued} queued again, ${settled.interrupted} interrupted at the provider, ${settled.dropped} could not run (nothing billed)`,
    );
  }
  handleStopSignals(startRunner()); // the re-queued work first, in its old order, then whatever arrives
  markStarted(); // /api/ready answers 200 from here on
  // Files and rows drifted apart (a crash, an old delete): report it and remove old orphans,
  // in the background so the first request does not wait for a walk of the store.
  void checkBlobs({ repair: true }).then(
    (check) => console.log(describeCheck(check)),
    (err) => console.error("[fresco] blob check failed:", err),
  );
  startTrashPurge(); // images trashed more than 30 days ago: now, then every few hours
  const provider = await providerSettings();
  console.log(
    provider.mode === "emulator"
      ? `[fresco] no OPENAI_API_KEY: using the offline emulator at ${provider.baseURL}`
      : `[fresco] provider: ${provider.baseURL}`,
  );
}
