// Bulk INSERTs for the seeders, on SQLite (libSQL) or PostgreSQL (pg): multi-row statements of
// a few hundred rows, in large transactions, so 100,000 generations seed in seconds. The SQL is
// the same on both (quoted identifiers, ISO timestamps, JSON as text).
import { createClient } from "@libsql/client";
import pg from "pg";

export interface BulkWriter {
  /** Rows are SQL tuples, "(…, …)", in the order of `columns`. */
  insert(table: string, columns: string[], rows: string[]): Promise<void>;
  /** Commits, refreshes the planner's statistics and closes. */
  finish(): Promise<void>;
}

const ROWS_PER_STATEMENT = 400;

function statements(table: string, columns: string[], rows: string[]): string[] {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `;
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(head + rows.slice(i, i + ROWS_PER_STATEMENT).join(", "));
  return out;
}

export async function bulkWriter(url: string): Promise<BulkWriter> {
  if (url.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("BEGIN");
    return {
      async insert(table, columns, rows) {
        for (const sql of statements(table, columns, rows)) await client.query(sql);
      },
      async finish() {
        await client.query("COMMIT");
        await client.query("ANALYZE");
        await client.end();
      },
    };
  }
  const db = createClient({ url });
  await db.execute("PRAGMA busy_timeout = 5000");
  await db.execute("PRAGMA synchronous = OFF");
  return {
    async insert(table, columns, rows) {
      if (rows.length > 0) await db.batch(statements(table, columns, rows), "write");
    },
    async finish() {
      await db.execute("ANALYZE");
      db.close();
    },
  };
}
