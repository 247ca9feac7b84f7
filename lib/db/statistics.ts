// Keeps the query planner's statistics fresh, so the indexes the pages rely on stay chosen as
// the tables grow from hundreds of rows to hundreds of thousands (a plan made on the statistics
// of an empty database can pick a scan). On start and then every few hours:
// - SQLite: ANALYZE under `analysis_limit`, which reads about 400 rows per index instead of
//   every row. The embedded driver runs it on the server's one thread, so the limit is what
//   keeps it to milliseconds at any size (an unlimited ANALYZE reads every row: seconds at
//   100,000 generations, with every request waiting).
// - PostgreSQL: ANALYZE, which samples a fixed number of rows per table, in the database
//   server's process (autovacuum does the same in the background; this covers a fresh import).
import "server-only";
import { prisma } from "./client";
import { databaseUrl } from "./url";

const EVERY_MS = 6 * 3_600_000;

export async function refreshStatistics(): Promise<void> {
  if (databaseUrl().startsWith("file:")) {
    await prisma.$queryRawUnsafe("PRAGMA analysis_limit = 400");
    await prisma.$executeRawUnsafe("ANALYZE");
  } else {
    await prisma.$executeRawUnsafe("ANALYZE");
  }
}

/** Now (in the background: the first request does not wait), then every few hours. */
export function startStatisticsRefresh(): void {
  const run = () => void refreshStatistics().catch((err: unknown) => console.error("[fresco] refreshing the planner's statistics failed:", err));
  run();
  setInterval(run, EVERY_MS).unref();
}
