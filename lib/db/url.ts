// Which database Fresco uses: DATABASE_URL (a PostgreSQL URL, or a SQLite file URL), else the
// embedded SQLite file in the data folder. Shared by the Prisma CLI config and the runtime client,
// so both always open the same database.
import path from "node:path";
// Relative, not "@/": the Prisma CLI loads this file without the project's path aliases.
import { dataDir } from "../data-dir";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(dataDir(), "fresco.db")}`;
}

/** Whether `url` names a PostgreSQL server (`postgres://` or `postgresql://`); else the SQLite file. */
export function isPostgresUrl(url: string = databaseUrl()): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}
