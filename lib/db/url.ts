// Where the embedded database lives. Shared by the Prisma CLI config and the runtime client,
// so both always open the same file.
import path from "node:path";
// Relative, not "@/": the Prisma CLI loads this file without the project's path aliases.
import { dataDir } from "../data-dir";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(dataDir(), "fresco.db")}`;
}
