// The embedded database runs in write-ahead-log mode. In SQLite's default mode a reader in
// another process (a backup, `npm run blobs:check`, a test fixture) makes the server's commit
// fail with SQLITE_BUSY, and the libSQL adapter never rolls that transaction back: every later
// query of the process then fails until it restarts. With WAL, readers never block the writer.
// The mode is stored in the database file, so setting it once on start holds for every process.
import "server-only";
import { prisma } from "./client";
import { databaseUrl } from "./url";

export async function enableWriteAheadLog(): Promise<void> {
  if (!databaseUrl().startsWith("file:")) return;
  await prisma.$queryRawUnsafe("PRAGMA journal_mode=WAL");
}
