// Key locks and pins across two "instances" on one PostgreSQL database: a key's lock excludes
// the other instance, and a pin taken on one is seen by a deleter on the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pool } from "pg";
import type { BlobLocks } from "@/lib/ports/blob-store";
import { freshDatabase, SKIP_POSTGRES } from "@/lib/testing/pg-database";
import { pgBlobLocks } from "./pg-blob-locks";
import { adapterPool } from "./pg-pool";

describe.skipIf(SKIP_POSTGRES)("PostgreSQL blob locks and pins", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const pools: Pool[] = [];
  let one: BlobLocks;
  let two: BlobLocks;
  beforeAll(async () => {
    db = await freshDatabase("locks");
    const made = () => {
      const [p, l] = [adapterPool(db.url), adapterPool(db.url)];
      pools.push(p, l);
      return pgBlobLocks(p, l);
    };
    [one, two] = [made(), made()];
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await db?.drop();
  });

  /** Until a session waits for an advisory lock (a state the database reports, not a time). */
  async function waitingForLock(): Promise<void> {
    for (;;) {
      const { rows } = await pools[0]!.query("SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted");
      if (rows.length) return;
      await new Promise((r) => setImmediate(r));
    }
  }

  it("one instance's lock on a key holds the other off until its work is done", async () => {
    const order: string[] = [];
    let letGo!: () => void;
    const inside = new Promise<void>((resolve) => {
      void one.withKeyLocks(["ab/cd/k1.png", "ab/cd/k2.png"], async () => {
        order.push("one in");
        resolve();
        await new Promise<void>((r) => (letGo = r));
        order.push("one out");
      });
    });
    await inside;
    const second = two.withKeyLocks(["ab/cd/k2.png"], async () => void order.push("two in"));
    await waitingForLock(); // two asked for k2 and the database made it wait
    order.push("letting go");
    letGo();
    await second;
    expect(order).toEqual(["one in", "letting go", "one out", "two in"]);
  });

  it("a pin taken under the lock on one instance is seen by a deleter on the other, until unpinned", async () => {
    const key = "ef/01/pinned.png";
    await one.withKeyLocks([key], async () => one.pin(key));
    expect(await two.withKeyLocks([key], async () => two.isPinned(key))).toBe(true);
    one.pin(key); // a second writer of the same bytes in the same process
    one.unpin(key);
    await one.withKeyLocks([key], async () => {}); // the pin writes have landed
    expect(await two.withKeyLocks([key], async () => two.isPinned(key))).toBe(true);
    one.unpin(key);
    await one.withKeyLocks([key], async () => {});
    expect(await two.withKeyLocks([key], async () => two.isPinned(key))).toBe(false);
  });
});
