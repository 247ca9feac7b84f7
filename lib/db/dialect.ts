// The few places where Fresco's raw SQL must differ between SQLite and PostgreSQL. Everything
// else in lib/db is written once: quoted identifiers, row values `(a, b) < (?, ?)`, COALESCE,
// EXISTS and CASE read the same on both. Which one is in use follows DATABASE_URL (lib/db/url.ts).
import { isPostgresUrl } from "./url";

export type Dialect = "sqlite" | "postgresql";

export function dialect(): Dialect {
  return isPostgresUrl() ? "postgresql" : "sqlite";
}

const pg = () => dialect() === "postgresql";

/**
 * SQL written with `?` placeholders, for $queryRawUnsafe: PostgreSQL numbers them ($1, $2, …).
 * The SQL this is given holds no `?` inside string literals (it is ours, never a person's).
 */
export function placeholders(sql: string): string {
  if (!pg()) return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * A DateTime column as the text SQLite stores (`2026-11-30T05:00:00.000+00:00`), so keys built
 * from it compare, sort and parse the same on both (PostgreSQL keeps UTC in TIMESTAMP(3)).
 */
export function timestampText(column: string): string {
  return pg() ? `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+00:00"')` : `${column} || ''`;
}

/** A Decimal column as a JavaScript number (PostgreSQL's numeric would arrive as a Decimal). */
export function decimalNumber(column: string): string {
  return pg() ? `CAST(${column} AS DOUBLE PRECISION)` : `${column} + 0`;
}

/** A Decimal column as its shortest text ("0.04", not PostgreSQL's "0.040000…" at scale 30). */
export function decimalText(column: string): string {
  return pg() ? `CAST(trim_scale(${column}) AS TEXT)` : `${column} || ''`;
}

/**
 * `column` holds the one `?` argument, a LIKE pattern with `\` escapes (likePattern), in any
 * case: SQLite's LIKE already ignores (ASCII) case, PostgreSQL's needs ILIKE.
 */
export function likeAnyCase(column: string): string {
  return `${column} ${pg() ? "ILIKE" : "LIKE"} ? ESCAPE '\\'`;
}

/** A person's text as a LIKE pattern that finds it anywhere: `%` and `_` in it are themselves. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A condition that holds for no row (PostgreSQL wants a boolean, not SQLite's 0). */
export const NO_ROW = "1 = 0";

/**
 * Generations whose prompt holds every word of `words` as a prefix (each word letters, digits and
 * marks only), `alias` naming the Generation table: FTS5 on SQLite (migration 20261130100000_gallery), the GIN-indexed tsvector on
 * PostgreSQL (prisma/postgresql/migrations/20261201000000_init). One `?`: the query text.
 */
export function promptSearch(alias: string, words: string[]): { sql: string; arg: string } {
  if (pg()) {
    // Must repeat the index's expression exactly for the index to serve it.
    return {
      sql: `to_tsvector('simple'::regconfig, "fresco_unaccent"(${alias}."prompt")) @@ to_tsquery('simple'::regconfig, "fresco_unaccent"(?))`,
      arg: words.map((w) => `${w}:*`).join(" & "),
    };
  }
  return {
    sql: `${alias}."id" IN (SELECT k."generationId" FROM "GenerationSearch" s JOIN "GenerationSearchKey" k ON k."rowid" = s.rowid WHERE "GenerationSearch" MATCH ?)`,
    arg: fts5Match(words),
  };
}

/** Words as an FTS5 query: each quoted (a quote inside doubled) with a prefix star, all required. */
export function fts5Match(words: string[]): string {
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(" ");
}

/** What `$executeRaw` needs: the client or a transaction's client. */
interface RawExecutor {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

/**
 * Makes the transaction `tx` the only one working under `key` until it ends, for a read-then-
 * write that must not interleave with another (a rate limit's count, then its new row). SQLite
 * already runs one writing transaction at a time; PostgreSQL's read-committed transactions do
 * not, so there it takes a transaction-scoped advisory lock on the key.
 */
export async function serializeOn(tx: RawExecutor, key: string): Promise<void> {
  if (pg()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
