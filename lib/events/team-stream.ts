// The body of /api/events: one tab's live view of the generations it waits for, within the
// member's team. Its current state first (so a tab that reconnects catches up), then queue
// positions, partial images and each finished generation with the team's month spend after it.
// With `mine`, it also follows the person's own work queued after it opened (events name the
// person, `by`): a studio tab keeps one stream open before its person clicks, so a result's
// events need no new connection.
// What bounds its cost: one read for the snapshot whatever the follow list, at most 4 such
// reads at once in the process; nothing read or sent after the client goes; a reader that
// does not keep up loses partial images (each is superseded by the next) instead of growing
// the server's memory; one read and one encoding per event, shared by every stream that
// follows it. And it stops delivering as soon as the person may no longer read the team:
// sign-out, removal, a role change or the team's deletion pauses it until a re-check in the
// database says yes (or ends it), and a periodic re-check catches changes made elsewhere.
import "server-only";
import { onAccessChange } from "@/lib/access-changed";
import type { Member } from "@/lib/auth/member";
import { can, isRole } from "@/lib/permissions";
import { getGeneration, getGenerations, monthSpend, type GenerationView } from "@/lib/db/queries";
import { liveRole } from "@/lib/db/teams";
import type { TeamEvent } from "@/lib/generations/events";
import { subscribeTeam } from "@/lib/jobs/events";
import { queuedInTeam } from "@/lib/jobs/runner";
import { monthSpendLabel, type SpendLabel } from "@/lib/views/month-spend";
import { readLimit } from "./read-limit";

const KEEPALIVE_MS = 25_000;
/** How often an open stream re-checks access even when no change was announced. */
export const RECHECK_MS = 15_000;
/** What a stream may hold for a slow reader before partial images are skipped. */
const BUFFER_BYTES = 512 * 1024;
const snapshotRead = readLimit(4);

export interface TeamStreamOptions {
  member: Member;
  /** The generation ids the tab waits for (parsed and capped by lib/events/follow.ts). */
  follow: string[];
  /** Also follow the person's own work from its first event on. */
  mine?: boolean;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** Called once when the stream ends, whatever ends it. */
  onClose: () => void;
}

export function openTeamStream(opts: TeamStreamOptions): ReadableStream<Uint8Array> {
  const { member, follow, signal } = opts;
  const teamId = member.team.id;
  const followed = new Set(follow);
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  // While access is being re-checked nothing is delivered: what arrives waits in `held`, and is
  // dropped if the answer is no. `checking` is the round in flight (0: none).
  let rounds = 0;
  let checking = 0;
  let held: (() => void)[] = [];
  const sentFinal = new Set<string>(); // ids whose final view went out: a snapshot of them is older
  const stops: (() => void)[] = [];

  const write = (chunk: Uint8Array, skippable = false) => {
    if (closed || (skippable && (controller.desiredSize ?? 0) <= 0)) return;
    controller.enqueue(chunk);
  };
  const whenAllowed = (deliver: () => void) => {
    if (closed) return;
    if (checking) held.push(deliver);
    else deliver();
  };

  const close = () => {
    if (closed) return;
    closed = true;
    held = [];
    for (const stop of stops) stop();
    opts.onClose();
    try {
      controller.close();
    } catch {
      // the reader canceled: the stream is closed already
    }
  };

  const onEvent = (event: TeamEvent) => {
    if (closed) return;
    if (!followed.has(event.generationId)) {
      if (!opts.mine || event.by !== member.user.id) return;
      followed.add(event.generationId);
    }
    if (event.type === "partial") {
      if (!checking) write(encodedEvent(event), true); // never held: the next one supersedes it
      return;
    }
    if (event.type !== "finished") return whenAllowed(() => write(encodedEvent(event)));
    // A long-lived stream forgets what finished: nothing more comes for it.
    if (!follow.includes(event.generationId)) followed.delete(event.generationId);
    void Promise.all([finalView(teamId, event.generationId), spendAfter(teamId, event.generationId)]).then(([view, spend]) =>
      view && whenAllowed(() => {
        sentFinal.add(view.id);
        write(encode("generation", view));
        // The top bar's figure, so the tab needs no refresh of the page for it.
        if (spend) write(encode("spend", spend));
      }),
    );
  };

  const recheck = () => {
    if (closed) return;
    const round = (checking = ++rounds);
    stillReads(member).then(
      (ok) => {
        if (!ok) return close();
        if (closed || round !== rounds) return; // a later check decides
        checking = 0;
        const waiting = held;
        held = [];
        for (const deliver of waiting) deliver();
      },
      (err: unknown) => {
        console.error("[events] the access re-check failed; the tab reconnects and is checked in full", err);
        close();
      },
    );
  };

  const snapshot = async () => {
    const views = await snapshotRead(() => getGenerations({ teamId, ids: follow }), () => !closed).catch((err: unknown) => {
      console.error("[events] the snapshot read failed; the tab reconnects", err);
      return null;
    });
    if (views === undefined) return; // gone before its turn
    if (!views) return close();
    const line = await queuedInTeam(teamId);
    whenAllowed(() => {
      for (const view of views) if (!sentFinal.has(view.id)) write(encode("generation", view));
      for (const queued of line) {
        if (followed.has(queued.generationId)) write(encode("status", { ...queued, type: "status", status: "queued" } satisfies TeamEvent));
      }
    });
  };

  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        // Next.js sends the headers with the first bytes: these go before any read.
        write(text("retry: 3000\n: connected\n\n"));
        if (signal.aborted) return close();
        signal.addEventListener("abort", close, { once: true });
        stops.push(() => signal.removeEventListener("abort", close));
        // Subscribe before reading, so nothing that happens in between is lost.
        stops.push(subscribeTeam(teamId, onEvent));
        stops.push(onAccessChange({ teamId, userId: member.user.id }, recheck));
        const timers = [setInterval(recheck, RECHECK_MS), setInterval(() => write(text(": keepalive\n\n"), true), KEEPALIVE_MS)];
        stops.push(() => timers.forEach(clearInterval));
        void snapshot();
      },
      cancel: close,
    },
    { highWaterMark: BUFFER_BYTES, size: (chunk) => chunk.byteLength },
  );
}

async function stillReads(member: Member): Promise<boolean> {
  const role = await liveRole({ teamId: member.team.id, userId: member.user.id, sessionId: member.session.sessionId });
  return isRole(role) && can(role, "read");
}

const encoder = new TextEncoder();
const text = (chunk: string) => encoder.encode(chunk);
const encode = (event: string, data: unknown) => text(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

// The bus hands the same event object to every stream of the team: encode it once for all.
const encodings = new WeakMap<TeamEvent, Uint8Array>();
function encodedEvent(event: TeamEvent): Uint8Array {
  let bytes = encodings.get(event);
  if (!bytes) encodings.set(event, (bytes = encode(event.type, event)));
  return bytes;
}

// Every stream that follows a generation hears it finish in the same tick: one read for all.
const reading = new Map<string, Promise<GenerationView | null>>();
function finalView(teamId: string, id: string): Promise<GenerationView | null> {
  return once(reading, `${teamId}:${id}`, () => getGeneration({ teamId, id }));
}

const spending = new Map<string, Promise<SpendLabel | null>>();
function spendAfter(teamId: string, id: string): Promise<SpendLabel | null> {
  return once(spending, `${teamId}:${id}`, async () => monthSpendLabel(await monthSpend({ teamId })));
}

function once<T>(pending: Map<string, Promise<T | null>>, key: string, read: () => Promise<T>): Promise<T | null> {
  let value = pending.get(key);
  if (!value) {
    value = read()
      .catch(() => null)
      .finally(() => pending.delete(key));
    pending.set(key, value);
  }
  return value;
}
