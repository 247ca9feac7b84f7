// Key locks and pins for blobs shared by every app instance on one PostgreSQL. A key lock is a
// session advisory lock, held on its own connection for the duration of the work; a pin is a
// row (key, process) with an expiry, so a crashed writer's pins lapse on their own. The port is
// synchronous for pins (lib/ports/blob-store.ts), so: a pin is written at once and awaited
// before the key's lock is let go (a deleter that takes the lock next sees it), and the pins of
// the locked keys are read when the lock is taken, which is when releaseBlobs asks.
import { randomUUID } from "node:crypto";
import type { Pool } from "pg";
import type { BlobLocks } from "@/lib/ports/blob-store";
import { ensureOnce } from "./pg-pool";

/** Longer than any writer holds a blob before its row commits; a dead process's pins lapse after it. */
const PIN_TTL = "1 hour";
const SCHEMA = `CREATE TABLE IF NOT EXISTS fresco_blob_pins (
  key TEXT NOT NULL, holder TEXT NOT NULL, expires_at TIMESTAMPTZ NOT NULL, PRIMARY KEY (key, holder))`;

/**
 * `lockPool` serves only the lock holders (each holds a connection while it waits and works);
 * `pool` the short pin writes, so a writer never waits for a connection a lock waiter holds.
 */
export function pgBlobLocks(pool: Pool, lockPool: Pool): BlobLocks {
  const holder = randomUUID();
  const local = new Map<string, number>();
  const writes = new Map<string, Promise<void>>();
  const sharedPins = new Set<string>(); // read under the lock, for the keys locked now
  const ready = ensureOnce(pool, "blob-pins", SCHEMA);

  function write(key: string, sql: string, args: unknown[]): void {
    const before = writes.get(key) ?? Promise.resolve();
    const next = before
      .then(() => ready)
      .then(() => pool.query(sql, args))
      .then(
        () => {},
        (err: unknown) => console.error(`[blobs] a pin of ${key} could not be written:`, err),
      );
    writes.set(key, next);
    void next.then(() => writes.get(key) === next && writes.delete(key));
  }

  return {
    async withKeyLocks(keys, fn) {
      await ready;
      const sorted = [...new Set(keys)].sort();
      const client = await lockPool.connect();
      const held: string[] = [];
      try {
        for (const key of sorted) {
          await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [`fresco:blob:${key}`]);
          held.push(key);
        }
        const { rows } = await client.query<{ key: string }>(
          "SELECT DISTINCT key FROM fresco_blob_pins WHERE key = ANY($1::text[]) AND holder <> $2 AND expires_at > now()",
          [sorted, holder],
        );
        for (const r of rows) sharedPins.add(r.key);
        return await fn();
      } finally {
        await Promise.all(sorted.map((k) => writes.get(k)));
        for (const key of sorted) sharedPins.delete(key);
        for (const key of held.reverse()) await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [`fresco:blob:${key}`]).catch(() => {});
        client.release();
      }
    },
    pin(key) {
      const n = (local.get(key) ?? 0) + 1;
      local.set(key, n);
      if (n === 1) {
        write(
          key,
          `INSERT INTO fresco_blob_pins (key, holder, expires_at) VALUES ($1, $2, now() + interval '${PIN_TTL}')
           ON CONFLICT (key, holder) DO UPDATE SET expires_at = EXCLUDED.expires_at`,
          [key, holder],
        );
      }
    },
    unpin(key) {
      const n = (local.get(key) ?? 0) - 1;
      if (n > 0) return void local.set(key, n);
      local.delete(key);
      write(key, "DELETE FROM fresco_blob_pins WHERE key = $1 AND holder = $2", [key, holder]);
    },
    isPinned: (key) => local.has(key) || sharedPins.has(key),
  };
}
