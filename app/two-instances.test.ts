// Two real app instances on two ports sharing one PostgreSQL database (lib/testing/two-instances.ts),
// driven over HTTP as a browser would (server actions, the event stream), each instance with its
// own offline emulator answering slowly enough for a run to be caught in the middle:
// - a generation's progress reaches a stream connected to the instance that does not run it;
// - a team budget spent through one instance refuses on the other;
// - an instance killed mid-job leaves that job interrupted with its hold settled, and the jobs
//   queued through it run on the other.
// Needs FRESCO_TEST_POSTGRES_URL and a built app (next build; or FRESCO_TWO_INSTANCES_APP).
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret, sessionCookie } from "@/e2e/fixtures/session-cookie";
import { freshDatabase, TEST_POSTGRES_URL } from "@/lib/testing/pg-database";
import { appDir, isBuilt, migrate, smallParams, startInstance, stop, submitThrough, type Instance } from "@/lib/testing/two-instances";

const SKIP = !TEST_POSTGRES_URL
  ? "FRESCO_TEST_POSTGRES_URL is not set: the two-instance test is skipped"
  : !isBuilt()
    ? `no build in ${appDir()}: the two-instance test is skipped (run next build, or set FRESCO_TWO_INSTANCES_APP to a built copy)`
    : false;
if (SKIP) console.warn(SKIP);

const LATENCY_MS = 6000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "fresco-two-"));
const db = SKIP ? null : await freshDatabase("two");
// The test process reads and seeds the same database the instances use.
if (db) process.env.DATABASE_URL = db.url;
const { prisma } = await import("@/lib/db/client");
const { setTeamLimits } = await import("@/lib/db/team-limits");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

/** Reads until the answer is as `wanted` says (bounded: 90 s). */
async function until<T>(read: () => Promise<T>, wanted: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await read();
    if (wanted(value)) return value;
    if (Date.now() > deadline) throw new Error(`still ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(SKIP)("two app instances on one PostgreSQL", { timeout: 180_000 }, () => {
  const instances: Instance[] = [];
  beforeAll(async () => {
    migrate(db!.url);
    const env = {
      DATABASE_URL: db!.url, FRESCO_DATA_DIR: dataDir, FRESCO_EMULATOR_LATENCY_MS: String(LATENCY_MS),
      FRESCO_INSTANCE_STALE_SECONDS: "3", FRESCO_JOBS_PER_USER: "1", FRESCO_SHUTDOWN_GRACE_SECONDS: "1",
    };
    for (const [port, emulatorPort] of [[3721, 3723], [3722, 3724]] as const) {
      const started = await startInstance({ port, emulatorPort, env });
      const known = new Set(instances.map((i) => i.id));
      // Its row: written by its start-up (bounded wait; an instance that never records itself fails here).
      const row = await until(async () => (await prisma.instance.findMany()).find((r) => !known.has(r.id)), (r) => r !== undefined);
      instances.push({ ...started, id: row!.id });
    }
  }, 300_000);
  afterAll(async () => {
    await Promise.all(instances.map((i) => stop(i, "SIGKILL")));
    await prisma.$disconnect();
    await db?.drop();
  }, 60_000);

  /** A person signed in to a team of their own, with the cookie a browser would hold. */
  async function person(name: string) {
    const p = await makePerson(name);
    const teamId = await makeTeam(p, `${name}'s team`);
    await setTeamLimits({ teamId, limits: { ratePerMinute: 0 } });
    const s = await prisma.session.findUniqueOrThrow({ where: { id: p.sessionId } });
    const cookie = await sessionCookie({ secret: authSecret(dataDir), baseURL: instances[0]!.url, sessionToken: s.sessionToken, expires: s.expires, user: { ...p.user, name: name } });
    return { teamId, userId: p.user.id, cookie: `${cookie.name}=${cookie.value}` };
  }

  const submit = (via: Instance, who: { cookie: string }, prompt: string, stream = false) => submitThrough(via, who.cookie, smallParams(prompt, stream));

  const row = (id: string, wanted: (r: { status: string; sentAt: Date | null; instanceId: string | null }) => boolean) =>
    until(() => prisma.generation.findUniqueOrThrow({ where: { id }, select: { status: true, sentAt: true, instanceId: true, errorCode: true, costUsd: true } }), wanted);

  /** Follows one generation on an instance's event stream; resolves with the events until `done`. */
  async function follow(via: Instance, who: { cookie: string }, id: string, done: (event: string, data: { status?: string }) => boolean) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), 90_000);
    const res = await fetch(`${via.url}/api/events?follow=${id}`, { headers: { cookie: who.cookie, accept: "text/event-stream" }, signal: abort.signal });
    const seen: { event: string; status?: string }[] = [];
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      const reader = res.body!.getReader();
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        buffer += decoder.decode(value, { stream: true });
        let at: number;
        while ((at = buffer.indexOf("\n\n")) !== -1) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const event = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (!event || !data) continue;
          const parsed = JSON.parse(data) as { status?: string };
          seen.push({ event, status: parsed.status });
          if (done(event, parsed)) return seen;
        }
      }
    } finally {
      clearTimeout(timer);
      abort.abort();
    }
    return seen;
  }

  const other = (id: string | null) => instances.find((i) => i.id !== id)!;
  const byId = (id: string | null) => instances.find((i) => i.id === id)!;

  it("a generation started through one instance streams its progress to a tab connected to the other", async () => {
    const who = await person("Noa");
    const { id } = await submit(instances[0]!, who, "a kite over dunes", true);
    const running = await row(id!, (r) => r.status === "running" && r.instanceId !== null);
    // The tab is on the instance that does not run it: what it hears came over the shared bus.
    const seen = await follow(other(running.instanceId), who, id!, (event, data) => event === "generation" && data.status === "succeeded");
    expect(seen.at(-1)).toEqual({ event: "generation", status: "succeeded" });
    expect(seen.map((s) => s.event)).toContain("partial");
  });

  it("a team budget spent through one instance refuses the next submission on the other", async () => {
    const who = await person("Oli");
    const first = await submit(instances[0]!, who, "a red door");
    const hold = await prisma.budgetReservation.findUniqueOrThrow({ where: { generationId: first.id! } });
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: hold.micros + hold.micros / 2n } });
    const second = await submit(instances[1]!, who, "a blue door");
    expect(second.refusal).toMatch(/the team's monthly budget/);
  });

  it("an instance killed mid-job leaves the job interrupted with its hold settled; the jobs queued through it run on the other", async () => {
    const who = await person("Pia");
    const { id } = await submit(instances[0]!, who, "a lighthouse at night");
    const sent = await row(id!, (r) => r.status === "running" && r.sentAt !== null);
    const victim = byId(sent.instanceId);
    // One job per person at a time: these wait in the line behind the running one.
    const queued = [(await submit(victim, who, "a harbour at dawn")).id!, (await submit(victim, who, "a harbour at noon")).id!];
    await stop(victim, "SIGKILL");

    expect(await row(id!, (r) => r.status !== "running")).toMatchObject({ status: "interrupted", errorCode: "interrupted", costUsd: null });
    // The sweep settles the hold right after: wait for it (bounded), as a person reloading the usage page would.
    const hold = await until(() => prisma.budgetReservation.findUniqueOrThrow({ where: { generationId: id! } }), (h) => h.settledAt !== null);
    expect(hold).toMatchObject({ outcome: "kept", actualMicros: null });
    for (const q of queued) {
      expect(await row(q, (r) => r.status === "succeeded" || r.status === "failed")).toMatchObject({ status: "succeeded", instanceId: other(victim.id).id });
    }
  });
});
