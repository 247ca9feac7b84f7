// The connection pool the PostgreSQL adapters share in one process (the queue, the event bus,
// the blob locks). Apart from Prisma's own pool: these hold a listening connection and advisory
// locks, which must not sit in the pool that serves page queries.
import { Pool } from "pg";

/** True for a `postgres://` or `postgresql://` address (the team deployment's database). */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

export function adapterPool(url: string, max = 10): Pool {
  const pool = new Pool({ connectionString: url, max, application_name: "fresco-adapters" });
  // An idle client that loses its connection (a database restart) must not crash the process.
  pool.on("error", (err) => console.error("[pg] an idle adapter connection failed:", err.message));
  pool.on("connect", (client) => client.on("error", (err) => console.error("[pg] an adapter connection failed:", err.message)));
  return pool;
}

/**
 * Creates a runtime table or function once even when several instances start together
 * (CREATE … IF NOT EXISTS alone can still collide in the catalogue): one advisory lock around it.
 */
export async function ensureOnce(pool: Pool, name: string, sql: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`fresco:ddl:${name}`]);
    await client.query(sql);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
