// Keeps the query planner's statistics fresh, so the indexes the pages rely on stay chosen as
// the tables grow from hundreds of rows to hundreds of thousands (a plan made on the statistics
// of a tiny database can sort a whole table for one page). On start and then every few hours:
// - SQLite: a database never analyzed gets a full ANALYZE (it is small then: milliseconds);
//   after that `PRAGMA optimize`, which re-analyzes a table only when its size changed many
//   times over since its last look (about 1 s of the server's thread at 100,000 generations,
//   once per tenfold growth). Not `analysis_limit`: its sampled statistics misjudge skewed
//   columns (every image outside the trash shares trashedAt NULL, yet a 400-row sample called
//   it selective), and the gallery then sorted the whole team for one page (bench/flat.ts).
// - PostgreSQL: ANALYZE, which samples a fixed number of rows per table, in the database
//   server's process (autovacuum does the same in the background; this covers a fresh import).
import "server-only";
import { prisma } from "./client";
import { databaseUrl } from "./url";

const EVERY_MS = 6 * 3_600_000;

export async function refreshStatistics(): Promise<void> {
  if (databaseUrl().startsWith("file:")) {
    const analyzed = await prisma.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'`);
    if (analyzed.length === 0) await prisma.$executeRawUnsafe("ANALYZE");
    else await prisma.$queryRawUnsafe("PRAGMA optimize = 0x10002");
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
