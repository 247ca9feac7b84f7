// The event bus shared by every app instance on one PostgreSQL: LISTEN/NOTIFY. Each process
// holds ONE listening connection on one PostgreSQL channel and fans events out to its own
// subscribers by Fresco channel name, so a stream on any instance hears a job on any other.
// NOTIFY carries at most 8000 bytes: a bigger event (a streamed partial image) is written to
// an unlogged table and the notification carries its row id. Publish order holds across
// channels: a process sends its events one after another (each commits before the next, and
// PostgreSQL delivers notifications in commit order), and a listener delivers in arrival order,
// waiting for a big event's row before the ones behind it. Across channels matters: a member's
// removal (one channel) must reach a stream before the team's next event (another) does.
import { EventEmitter } from "node:events";
import type { Notification, Pool, PoolClient } from "pg";
import type { Channel, EventBus } from "@/lib/ports/event-bus";
import { ensureOnce } from "./pg-pool";

const PG_CHANNEL = "fresco_bus";
/** Below NOTIFY's 8000 bytes with room for the envelope. */
const INLINE_BYTES = 7000;
/** Big events are read within moments of their notification; older rows are swept. */
const KEEP_BIG_MS = 5 * 60_000;

const SCHEMA = `CREATE UNLOGGED TABLE IF NOT EXISTS fresco_bus_events (
  id BIGSERIAL PRIMARY KEY, channel TEXT NOT NULL, payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())`;

type Envelope = { c: string; e?: unknown; r?: string };

export interface PgEventBus extends EventBus {
  /** Resolves once this process listens (publish and subscribe work before; events wait). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function pgEventBus(pool: Pool): PgEventBus {
  const local = new EventEmitter().setMaxListeners(0);
  const parsers = new Map<string, (data: unknown) => unknown>();
  let publishing: Promise<void> = Promise.resolve();
  let delivering: Promise<void> = Promise.resolve();
  let listener: PoolClient | null = null;
  let closed = false;
  let lastSweep = 0;

  const ready = (async () => {
    await ensureOnce(pool, "bus", SCHEMA);
    await listen();
  })();
  ready.catch((err: unknown) => console.error("[bus] could not listen on PostgreSQL:", err));

  async function listen(): Promise<void> {
    const client = await pool.connect();
    client.on("notification", onNotification);
    client.on("error", () => reconnect(client));
    await client.query(`LISTEN ${PG_CHANNEL}`);
    listener = client;
  }

  function reconnect(broken: PoolClient | null): void {
    if (closed || listener !== broken) return;
    listener = null;
    console.error("[bus] the listening connection broke; events published meanwhile are lost. Reconnecting.");
    broken?.release(true);
    const retry = () => void listen().catch(() => setTimeout(retry, 1000));
    setTimeout(retry, 1000);
  }

  function onNotification(msg: Notification): void {
    if (msg.channel !== PG_CHANNEL || !msg.payload) return;
    const envelope = JSON.parse(msg.payload) as Envelope;
    if (!local.listenerCount(envelope.c)) return;
    // Fetch now, deliver in arrival order.
    const event = envelope.r !== undefined ? readBig(envelope.r) : Promise.resolve(envelope.e);
    delivering = delivering.then(async () => {
      const data = await event.catch((err: unknown) => console.error("[bus] a large event could not be read:", err));
      if (data === undefined) return;
      let parsed: unknown;
      try {
        parsed = (parsers.get(envelope.c) ?? ((d) => d))(data);
      } catch (err) {
        return console.error(`[bus] an event on ${envelope.c} did not fit its channel; dropped:`, err);
      }
      local.emit(envelope.c, parsed); // one object for every subscriber, as in one process
    });
  }

  async function readBig(id: string): Promise<unknown> {
    const { rows } = await pool.query<{ payload: string }>("SELECT payload FROM fresco_bus_events WHERE id = $1", [id]);
    return rows[0] ? JSON.parse(rows[0].payload) : undefined;
  }

  async function send(name: string, event: unknown): Promise<void> {
    await ready;
    const json = JSON.stringify(event);
    const inline = JSON.stringify({ c: name, e: event } satisfies Envelope);
    if (Buffer.byteLength(inline) <= INLINE_BYTES) {
      await pool.query("SELECT pg_notify($1, $2)", [PG_CHANNEL, inline]);
      return;
    }
    // One statement: the row and its notification commit together.
    await pool.query(
      `WITH big AS (INSERT INTO fresco_bus_events (channel, payload) VALUES ($2, $3) RETURNING id)
       SELECT pg_notify($1, json_build_object('c', $2::text, 'r', big.id::text)::text) FROM big`,
      [PG_CHANNEL, name, json],
    );
    if (Date.now() - lastSweep > 60_000) {
      lastSweep = Date.now();
      void pool
        .query("DELETE FROM fresco_bus_events WHERE created_at < now() - $1::interval", [`${KEEP_BIG_MS / 1000} seconds`])
        .catch((err: unknown) => console.error("[bus] sweeping old large events failed:", err));
    }
  }

  return {
    ready,
    publish(channel, event) {
      const mine = publishing.then(() => send(channel.name, event));
      publishing = mine.catch(() => {});
      return mine;
    },
    subscribe<E>(channel: Channel<E>, listener: (event: E) => void) {
      parsers.set(channel.name, channel.parse);
      local.on(channel.name, listener);
      return () => {
        local.off(channel.name, listener);
        if (!local.listenerCount(channel.name)) parsers.delete(channel.name);
      };
    },
    async close() {
      closed = true;
      await ready.catch(() => {});
      const client = listener;
      listener = null;
      if (client) {
        await client.query(`UNLISTEN ${PG_CHANNEL}`).catch(() => {});
        client.release();
      }
    },
  };
}
