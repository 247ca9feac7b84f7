// The folder Fresco keeps its data in (FRESCO_DATA_DIR, or ./data): the embedded database, the
// blob store and the generated auth secret. Plain Node, no server-only marker: the Prisma CLI
// config reads it too (through lib/db/url.ts).
import path from "node:path";

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.FRESCO_DATA_DIR ?? "data");
}
