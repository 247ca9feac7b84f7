// The gallery's SQL, built as text and arguments by pure functions (tested without a database):
// team-scoped always, keyset-paged on (createdAt, id) (or cost first), never OFFSET.
// Written once for SQLite and PostgreSQL; where they differ (the search, text of timestamps and
// decimals) the pieces come from lib/db/dialect.ts.
import { AppError } from "@/lib/errors";
import type { GalleryFilters } from "@/lib/views/gallery";
import { NO_ROW, decimalNumber, decimalText, fts5Match, promptSearch, timestampText } from "./dialect";

export interface GalleryScope {
  teamId: string;
  /** Whose favourites the star and the favourites filter read. */
  userId: string;
}

/** Where a page starts: the sort key of the last row shown. */
export interface PageKey {
  cost?: number | null;
  createdAt: string;
  id: string;
}

export interface Sql {
  sql: string;
  args: (string | number)[];
}

/** Stored DATETIME text (Prisma writes `…T…:…:….mmm+00:00`), so bounds compare as text. */
const dayStart = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000).toISOString().replace("Z", "+00:00");

/**
 * The words of a person's search (letters, digits and marks; at most 12). Operators, quotes and
 * brackets in the input are only text, never syntax.
 */
export function searchWords(input: string): string[] {
  return input.normalize("NFKC").match(/[\p{L}\p{N}\p{M}]+/gu)?.slice(0, 12) ?? [];
}

/** A person's words as an FTS5 query (SQLite); null when the input holds no word at all. */
export function ftsQuery(input: string): string | null {
  const words = searchWords(input);
  return words.length === 0 ? null : fts5Match(words);
}

// Unknown cost sorts below every known one (the expression has an index of its own).
const COST = `COALESCE(g."costUsd", -1)`;

/** The filters that apply to a generation (both the image grid and the list of stopped runs). */
function generationWhere(f: GalleryFilters, scope: GalleryScope, createdAt: string): Sql {
  const where = [`g."teamId" = ?`];
  const args: (string | number)[] = [scope.teamId];
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    args.push(...values);
  };
  if (f.q !== undefined) {
    const words = searchWords(f.q);
    if (words.length === 0) where.push(NO_ROW);
    else {
      const search = promptSearch("g", words);
      add(search.sql, search.arg);
    }
  }
  if (f.author) add(`g."createdById" = ?`, f.author);
  if (f.project) add(`g."projectId" = ?`, f.project);
  if (f.model) add(`g."model" = ?`, f.model);
  if (f.from) add(`${createdAt} >= ?`, dayStart(f.from));
  if (f.to) add(`${createdAt} < ?`, dayStart(f.to, 1));
  if (f.min) add(`g."costUsd" >= ?`, Number(f.min));
  if (f.max) add(`g."costUsd" <= ?`, Number(f.max));
  return { sql: where.join(" AND "), args };
}

/** ORDER BY and the keyset condition; `reverse` walks the other way (an image's previous one). */
function ordering(sort: GalleryFilters["sort"], cols: { cost: string; createdAt: string; id: string }, after: PageKey | undefined, reverse: boolean): Sql {
  const ascending = (sort === "oldest") !== reverse;
  const dir = ascending ? "ASC" : "DESC";
  const cmp = ascending ? ">" : "<";
  const keys = sort === "cost" ? [cols.cost, cols.createdAt, cols.id] : [cols.createdAt, cols.id];
  const order = `ORDER BY ${keys.map((k) => `${k} ${dir}`).join(", ")}`;
  if (!after) return { sql: order, args: [] };
  const values = sort === "cost" ? [after.cost ?? -1, after.createdAt, after.id] : [after.createdAt, after.id];
  return { sql: `AND (${keys.join(", ")}) ${cmp} (${values.map(() => "?").join(", ")}) ${order}`, args: values };
}

/**
 * Where a first page starts when sorted by time: the far end of time, as if a cursor. Without
 * any bound SQLite plans the first page as a scan of every image and first builds a Bloom
 * filter over the team's generations (330 ms at 100,000; bench/flat.ts); with one it is the
 * same seek as every later page (under 1 ms). Every stored time lies inside both edges.
 */
function timeEdge(sort: GalleryFilters["sort"], reverse: boolean): PageKey | undefined {
  if (sort === "cost") return undefined;
  const ascending = (sort === "oldest") !== reverse;
  return ascending ? { createdAt: "0001-01-01T00:00:00.000+00:00", id: "" } : { createdAt: "9999-12-31T23:59:59.999+00:00", id: "" };
}

export function imagesQuery(f: GalleryFilters, scope: GalleryScope, opts: { after?: PageKey; limit: number; reverse?: boolean; imageId?: string }): Sql {
  const base = generationWhere(f, scope, `i."createdAt"`);
  const where = [base.sql, `i."trashedAt" IS NULL`]; // the trash has its own view (lib/db/trash.ts)
  const args = [...base.args];
  if (f.review) {
    where.push(`i."reviewState" = ?`);
    args.push(f.review);
  }
  if (f.pick === "finalist" || f.pick === "discarded") {
    where.push(`i."pick" = ?`);
    args.push(f.pick);
  } else if (f.pick === "kept") where.push(`(i."pick" IS NULL OR i."pick" <> 'discarded')`);
  if (f.fav) {
    where.push(`EXISTS (SELECT 1 FROM "Favourite" fv WHERE fv."userId" = ? AND fv."imageId" = i."id")`);
    args.push(scope.userId);
  }
  if (opts.imageId) {
    where.push(`i."id" = ?`);
    args.push(opts.imageId);
  }
  const order = ordering(f.sort, { cost: COST, createdAt: `i."createdAt"`, id: `i."id"` }, opts.after ?? timeEdge(f.sort, opts.reverse ?? false), opts.reverse ?? false);
  // The page's ids are found and sorted first; only those rows are then read whole, so a sort
  // over many rows (a filter the indexes cannot order) carries ids, not prompts and names.
  const outerOrder = ordering(f.sort, { cost: `page."pageCost"`, createdAt: `page."pageAt"`, id: `page."pageId"` }, undefined, opts.reverse ?? false);
  const sql = `SELECT i."id", i."generationId", i."width", i."height", i."thumbnailKey", i."pick", i."reviewState",
    ${timestampText(`i."createdAt"`)} AS "createdAtText", g."prompt", g."model", ${decimalNumber(`g."costUsd"`)} AS "cost", ${decimalText(`g."costUsd"`)} AS "costText",
    COALESCE(u."name", u."email") AS "author",
    EXISTS (SELECT 1 FROM "Favourite" f WHERE f."userId" = ? AND f."imageId" = i."id") AS "favourite"
  FROM (SELECT i."id" AS "pageId", i."createdAt" AS "pageAt", ${COST} AS "pageCost" FROM "Image" i JOIN "Generation" g ON g."id" = i."generationId"
    WHERE ${where.join(" AND ")} ${order.sql} LIMIT ?) page
  JOIN "Image" i ON i."id" = page."pageId" JOIN "Generation" g ON g."id" = i."generationId" LEFT JOIN "User" u ON u."id" = g."createdById"
  ${outerOrder.sql}`;
  return { sql, args: [scope.userId, ...args, ...order.args, opts.limit] };
}

export function runsQuery(f: GalleryFilters & { status: string }, scope: GalleryScope, opts: { after?: PageKey; limit: number }): Sql {
  const base = generationWhere(f, scope, `g."createdAt"`);
  const order = ordering(f.sort, { cost: COST, createdAt: `g."createdAt"`, id: `g."id"` }, opts.after, false);
  const sql = `SELECT g."id", g."prompt", g."status", g."errorMessage", ${decimalNumber(`g."costUsd"`)} AS "cost", ${decimalText(`g."costUsd"`)} AS "costText",
    ${timestampText(`g."createdAt"`)} AS "createdAtText", COALESCE(u."name", u."email") AS "author"
  FROM "Generation" g LEFT JOIN "User" u ON u."id" = g."createdById"
  WHERE ${base.sql} AND g."status" = ? ${order.sql} LIMIT ?`;
  return { sql, args: [...base.args, f.status, ...order.args, opts.limit] };
}

/** A page key as an opaque address-safe string, and back (a damaged one is a person's error). */
export function encodeCursor(key: PageKey): string {
  return Buffer.from(JSON.stringify([key.cost ?? null, key.createdAt, key.id])).toString("base64url");
}

export function decodeCursor(cursor: string): PageKey {
  try {
    const [cost, createdAt, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if ((cost === null || typeof cost === "number") && typeof createdAt === "string" && typeof id === "string" && createdAt.length <= 40 && id.length <= 64) {
      return { cost, createdAt, id };
    }
  } catch {
    // falls through to the sentence below
  }
  throw new AppError("INVALID_INPUT", "This page of the gallery is out of date: open the gallery again.");
}
