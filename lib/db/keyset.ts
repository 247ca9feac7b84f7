// Keyset pages newest first on (createdAt, id), as Prisma conditions that an index SEEKS to.
// "createdAt < at OR (createdAt = at AND id < id)" alone (and Prisma's own cursor, which
// writes the same) leaves SQLite only the team's prefix of the index: it walks every newer row
// down to the cursor, so page 1,000 costs 1,000 pages. The extra "createdAt <= at" is implied
// by the OR, and is a range the (…, createdAt) index starts at directly: the same rows, found
// in the same few steps at any depth, on SQLite and PostgreSQL alike (the row value
// `("createdAt", "id") < (?, ?)` says the same in raw SQL: lib/db/gallery-query.ts).
export interface PageKey {
  at: Date;
  id: string;
}

/** Rows strictly after `key` in (createdAt DESC, id DESC) order; nothing when there is no key. */
export function olderThan(key: PageKey | undefined): { createdAt?: { lte: Date }; OR?: [{ createdAt: { lt: Date } }, { id: { lt: string } }] } {
  if (!key) return {};
  return { createdAt: { lte: key.at }, OR: [{ createdAt: { lt: key.at } }, { id: { lt: key.id } }] };
}

/** The order that goes with it. */
export const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];
