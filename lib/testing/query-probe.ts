// A probe on what the database hands back to JavaScript: every statement the Prisma client
// runs, with the number of rows it returned and the query plan SQLite chose for it. Tests use
// it to prove a read is bounded by what a page shows (a LIMIT the index answers), not by the
// history behind it, without timing anything. Call probeQueries() before the first import of
// @/lib/db/client (the client connects lazily, through PrismaLibSQL.createClient).
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { createClient, type Client, type InStatement, type InValue } from "@libsql/client";
import path from "node:path";
import { vi } from "vitest";
import { isPostgresUrl } from "@/lib/db/url";

/**
 * Whether the probe sees SQLite: it records the libSQL driver's statements and reads SQLite's
 * plans (SEARCH … USING INDEX). The tests that read plans state SQLite's planner, and skip on a
 * PostgreSQL run (FRESCO_TEST_POSTGRES_URL), whose planner speaks another language.
 */
export const sqlitePlans = !isPostgresUrl();

export interface ProbedQuery {
  sql: string;
  args: InValue[];
  rows: number;
}

export interface QueryProbe {
  /** Every statement since the last reset. */
  queries: ProbedQuery[];
  reset(): void;
  /** SQLite's plan for a probed statement, one line per step ("SEARCH …", "SCAN …"). */
  plan(query: ProbedQuery): Promise<string[]>;
}

export function probeQueries(): QueryProbe {
  const queries: ProbedQuery[] = [];
  const original = PrismaLibSQL.prototype.createClient;
  vi.spyOn(PrismaLibSQL.prototype, "createClient").mockImplementation(function (this: PrismaLibSQL, config) {
    const client: Client = original.call(this, config);
    const execute = client.execute.bind(client);
    client.execute = (async (stmt: InStatement) => {
      const result = await execute(stmt);
      if (typeof stmt === "object") queries.push({ sql: stmt.sql, args: Array.isArray(stmt.args) ? stmt.args : [], rows: result.rows.length });
      return result;
    }) as Client["execute"];
    return client;
  });
  return {
    queries,
    reset: () => void queries.splice(0),
    async plan(query) {
      const db = createClient({ url: `file:${path.join(process.env.FRESCO_DATA_DIR!, "fresco.db")}` });
      try {
        const result = await db.execute({ sql: `EXPLAIN QUERY PLAN ${query.sql}`, args: query.args });
        return result.rows.map((r) => String(r.detail));
      } finally {
        db.close();
      }
    },
  };
}
