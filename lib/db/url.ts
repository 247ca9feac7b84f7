// Where the embedded database lives. Shared by the Prisma CLI config and the runtime client,
// so both always open the same file.
import path from "node:path";

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.FRESCO_DATA_DIR ?? "data");
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || `file:${path.join(dataDir(), "fresco.db")}`;
}
