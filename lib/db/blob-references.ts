// Every column that holds a blob key, and the questions asked of all of them at once. Blobs
// are shared by content across teams, so these are the only queries in lib/db that do not
// filter on a team: whether a file may go depends on every team's rows. They return keys and
// row ids only, never content, and nothing here is reachable from a person's input.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "./client";

export interface BlobKeyColumn {
  table: string;
  column: string;
  /** The column that links a row to its Generation, so deleting generations finds their keys. */
  generationId: string;
}

/**
 * A table that stores a blob key adds one line here; blob-references.test.ts fails when
 * prisma/schema.prisma has a key column this list lacks.
 */
export const BLOB_KEY_COLUMNS: readonly BlobKeyColumn[] = [
  { table: "Image", column: "storageKey", generationId: "generationId" },
  { table: "Image", column: "thumbnailKey", generationId: "generationId" },
  { table: "Image", column: "rawStorageKey", generationId: "generationId" },
  { table: "Image", column: "heatmapKey", generationId: "generationId" },
  { table: "GenerationInput", column: "storageKey", generationId: "generationId" },
];

export interface KeyReference {
  table: string;
  column: string;
  id: string;
  key: string;
}

// Identifiers come from the constant list above, never from input; values are bound.
const name = (identifier: string) => Prisma.raw(`"${identifier}"`);
const text = (constant: string) => Prisma.raw(`'${constant}'`);
const CHUNK = 400;

/** Of these keys, the ones some row of any team still points at. */
export async function referencedKeys(keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(keys)])) {
    const selects = BLOB_KEY_COLUMNS.map(
      (c) => Prisma.sql`SELECT ${name(c.column)} AS "key" FROM ${name(c.table)} WHERE ${name(c.column)} IN (${Prisma.join(part)})`,
    );
    const rows = await prisma.$queryRaw<{ key: string }[]>(Prisma.join(selects, " UNION "));
    for (const row of rows) found.add(row.key);
  }
  return found;
}

/** Every key the rows of these generations hold (read before deleting them). */
export async function keysOfGenerations(generationIds: string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(generationIds)])) {
    const selects = BLOB_KEY_COLUMNS.map(
      (c) =>
        Prisma.sql`SELECT ${name(c.column)} AS "key" FROM ${name(c.table)} WHERE ${name(c.generationId)} IN (${Prisma.join(part)}) AND ${name(c.column)} IS NOT NULL`,
    );
    const rows = await prisma.$queryRaw<{ key: string }[]>(Prisma.join(selects, " UNION "));
    for (const row of rows) found.add(row.key);
  }
  return [...found];
}

/** Every reference in the database, for the drift check. */
export async function allKeyReferences(): Promise<KeyReference[]> {
  const selects = BLOB_KEY_COLUMNS.map(
    (c) =>
      Prisma.sql`SELECT ${text(c.table)} AS "table", ${text(c.column)} AS "column", "id", ${name(c.column)} AS "key" FROM ${name(c.table)} WHERE ${name(c.column)} IS NOT NULL`,
  );
  return prisma.$queryRaw<KeyReference[]>(Prisma.join(selects, " UNION ALL "));
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
