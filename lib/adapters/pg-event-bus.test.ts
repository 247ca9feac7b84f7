// The shared bus between two "instances" (two buses, two pools) on one PostgreSQL database:
// an event published on one is heard on the other, in publish order, big ones included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Pool } from "pg";
import type { Channel } from "@/lib/ports/event-bus";
import { freshDatabase, SKIP_POSTGRES } from "@/lib/testing/pg-database";
import { pgEventBus, type PgEventBus } from "./pg-event-bus";
import { adapterPool } from "./pg-pool";

const note = (name: string): Channel<{ text: string }> => ({ name, parse: z.object({ text: z.string() }).strict().parse });

/** Resolves with the first `n` events heard. */
function hear(bus: PgEventBus, channel: Channel<{ text: string }>, n: number) {
  const heard: string[] = [];
  let off = () => {};
  const done = new Promise<string[]>((resolve) => {
    off = bus.subscribe(channel, (e) => {
      heard.push(e.text);
      if (heard.length === n) resolve(heard);
    });
  });
  return { done, off: () => off(), heard };
}

describe.skipIf(SKIP_POSTGRES)("PostgreSQL event bus (LISTEN/NOTIFY)", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let pools: Pool[];
  let one: PgEventBus;
  let two: PgEventBus;
  beforeAll(async () => {
    db = await freshDatabase("bus");
    pools = [adapterPool(db.url), adapterPool(db.url)];
    [one, two] = [pgEventBus(pools[0]!), pgEventBus(pools[1]!)];
    await Promise.all([one.ready, two.ready]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    await Promise.all((pools ?? []).map((p) => p.end()));
    await db?.drop();
  });

  it("an event published on one instance reaches the subscribers of that channel on every instance", async () => {
    const there = hear(two, note("team:a"), 1);
    const here = hear(one, note("team:a"), 1);
    const other = hear(two, note("team:b"), 1);
    await one.publish(note("team:a"), { text: "hello" });
    expect(await there.done).toEqual(["hello"]);
    expect(await here.done).toEqual(["hello"]);
    await one.publish(note("team:b"), { text: "b only" });
    expect(await other.done).toEqual(["b only"]);
    expect(there.heard).toEqual(["hello"]);
    [there, here, other].forEach((h) => h.off());
  });

  it("keeps publish order when big events (over NOTIFY's 8000 bytes) sit between small ones", async () => {
    const big = (c: string) => c.repeat(200_000);
    const texts = ["small 1", big("x"), "small 2", big("y"), "small 3"];
    const there = hear(two, note("team:order"), texts.length);
    // Not awaited one by one: the bus itself keeps a channel's events in order.
    await Promise.all(texts.map((text) => one.publish(note("team:order"), { text })));
    expect(await there.done).toEqual(texts);
    there.off();
  });

  it("drops an event that does not fit its channel's schema, and goes on", async () => {
    const there = hear(two, note("team:strict"), 1);
    await one.publish(note("team:strict"), { text: "ok", extra: true } as { text: string });
    await one.publish(note("team:strict"), { text: "fits" });
    expect(await there.done).toEqual(["fits"]);
    there.off();
  });
});
