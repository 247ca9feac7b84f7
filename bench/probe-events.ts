// The event stream under hostile load (issue 8, item 2): a victim loads their gallery while
// attackers of another team hold 200 streams open, each following the longest list allowed.
// Prints the victim's p50/p95 unloaded and loaded, the attackers' time to headers, how many
// streams past the per-person limit were refused (429), the server's CPU per request and RSS
// before, at its peak and after the streams close; and, for comparison, the same burst of
// plain authenticated requests (what any request costs, stream or not).
//   npx tsx --conditions=react-server bench/probe-events.ts
// Starts the built app (`next build` first) on its own port and data folder; people are seeded
// straight into its database with a session cookie sealed by the server's secret, as a sign-up
// and sign-in would leave them (the form's password hashing is not what is measured here).
import { createClient, type Client } from "@libsql/client";
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { fmtMs, summarize } from "./stats";
import { cpuMs, rssMb } from "./process-stats";

export interface ProbeEventsOptions {
  port?: number;
  dataDir?: string;
  /** Hostile streams to hold open at once. */
  streams?: number;
  /** The server's per-person limit (FRESCO_STREAMS_PER_USER); streams / limit attackers each hold that many. */
  perPerson?: number;
  /** Refused attempts each attacker makes beyond the limit. */
  beyondLimit?: number;
  /** Victim page loads per phase. */
  loads?: number;
}

export async function probeEvents(opts: ProbeEventsOptions = {}) {
  const { port = 3300, dataDir = "/tmp/fresco/events/data", streams = 200, perPerson = 6, beyondLimit = 2, loads = 40 } = opts;
  const url = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, FRESCO_DATA_DIR: dataDir, AUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  for (const k of ["DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "AUTH_URL"]) delete env[k];
  Object.assign(env, { FRESCO_STREAMS_PER_USER: String(perPerson), FRESCO_EMULATOR_PORT: String(port + 1000) });
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], { env, stdio: "ignore" });
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const db = createClient({ url: `file:${path.join(dataDir, "fresco.db")}` });
  try {
    const until = Date.now() + 60_000;
    while (!(await fetch(`${url}/sign-in`).then((r) => r.ok, () => false))) {
      if (Date.now() > until || server.exitCode !== null) throw new Error(`the app did not start on ${url} (is it built? npx next build)`);
      await new Promise((r) => setTimeout(r, 300));
    }
    const pid = pidListeningOn(port);
    await db.execute("PRAGMA busy_timeout = 5000");

    const victimTeam = await seedTeam(db, "Victims", 24);
    const victim = await seedPerson(db, secret, victimTeam.id, "victim");
    const attackerTeam = await seedTeam(db, "Attackers", 50);
    const attackers = await Promise.all(
      Array.from({ length: Math.ceil(streams / perPerson) }, (_, i) => seedPerson(db, secret, attackerTeam.id, `attacker${i}`)),
    );
    const follow = attackerTeam.generationIds.join(",");

    const galleryMs = async () => {
      const started = performance.now();
      const res = await fetch(`${url}/gallery`, { headers: { cookie: victim } });
      await res.text();
      if (!res.ok) throw new Error(`the victim's gallery answered ${res.status}`);
      return performance.now() - started;
    };
    const victimLoads = async (n: number) => {
      const samples: number[] = [];
      for (let i = 0; i < n; i++) samples.push(await galleryMs());
      return summarize(samples);
    };

    // Warm-up: the first requests load the pages' and the route's code, which then stays.
    for (let i = 0; i < 5; i++) await galleryMs();
    await Promise.all([0, 1].map(() => fetch(`${url}/api/events?follow=${follow}`, { headers: { cookie: attackers[0]! } }).then((r) => r.body?.cancel())));
    const unloaded = await victimLoads(loads);
    // For comparison: the same burst of plain authenticated requests (the route door and one
    // read), to tell the cost of opening a stream from the cost of any request.
    const rssStart = rssMb(pid);
    const plainCpuBefore = cpuMs(pid);
    const plainRequests = attackers.flatMap((cookie) =>
      Array.from({ length: perPerson + beyondLimit }, () => fetch(`${url}/api/generations/cmissing000000000000000000`, { headers: { cookie } }).then((r) => r.text())),
    );
    const [plainLoaded] = await Promise.all([victimLoads(loads), Promise.all(plainRequests)]);
    const plainCpuMs = cpuMs(pid) - plainCpuBefore;
    await new Promise((r) => setTimeout(r, 5000));
    const rssAfterPlain = rssMb(pid);
    const rssBefore = rssAfterPlain;

    // One round: every attacker opens its streams and a few more at once, while the victim
    // loads; the streams stay open at least 3 s, their bodies never read (a hostile client).
    const hostileRound = async () => {
      let peak = rssMb(pid);
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100);
      const cpuBefore = cpuMs(pid);
      // The Response itself is kept: undici cancels the body of a Response that is collected.
      const held: { abort: AbortController; res: Response }[] = [];
      const headersMs: number[] = [];
      const statuses: Record<number, number> = {};
      const open = async (cookie: string) => {
        const abort = new AbortController();
        const started = performance.now();
        const res = await fetch(`${url}/api/events?follow=${follow}`, { headers: { cookie }, signal: abort.signal });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status !== 200) return void (await res.text());
        headersMs.push(performance.now() - started);
        held.push({ abort, res });
      };
      const burst = Promise.all(attackers.flatMap((cookie) => Array.from({ length: perPerson + beyondLimit }, () => open(cookie))));
      const [loaded] = await Promise.all([victimLoads(loads), burst.then(() => new Promise((r) => setTimeout(r, 3000)))]);
      const cpu = cpuMs(pid) - cpuBefore;
      const endedEarly = (await Promise.all(held.map(({ res }) => endedByServer(res.body!)))).filter(Boolean).length;
      for (const { abort } of held) abort.abort();
      await new Promise((r) => setTimeout(r, 5000)); // the server notices, and may collect
      clearInterval(sampler);
      return { loaded, headers: summarize(headersMs), statuses, open: held.length, endedEarly, cpuMs: cpu, rssPeak: peak, rssAfter: rssMb(pid) };
    };
    const rounds = [];
    for (let i = 0; i < 2; i++) rounds.push(await hostileRound());
    // Closing freed every slot: each attacker can hold its full share again.
    const again = await Promise.all(attackers.map((cookie) => fetch(`${url}/api/events?follow=${follow}`, { headers: { cookie } }).then((r) => (r.body?.cancel(), r.status))));
    const afterClose = await victimLoads(Math.min(loads, 20));

    const first = rounds[0]!;
    const figures = {
      unloaded,
      loaded: first.loaded,
      afterClose,
      hostileStreams: first.open,
      refused429: first.statuses[429] ?? 0,
      otherStatuses: Object.entries(first.statuses).filter(([s]) => s !== "200" && s !== "429"),
      headers: first.headers,
      serverCpuMsPerRequest: first.cpuMs / (attackers.length * (perPerson + beyondLimit) + loads),
      plainBurst: { loaded: plainLoaded, serverCpuMsPerRequest: plainCpuMs / (plainRequests.length + loads), rssMb: { before: rssStart, after: rssAfterPlain } },
      slotsFreed: again.every((s) => s === 200),
      rssMb: { before: rssBefore, peak: first.rssPeak, after: first.rssAfter, afterSecondRound: rounds[1]!.rssAfter },
    };
    const expected = attackers.length * perPerson;
    console.log(`\nEvent stream under hostile load: ${figures.hostileStreams} streams (${expected} expected) from ${attackers.length} attackers at the limit of ${perPerson}, ${follow.split(",").length} ids followed each`);
    console.log(`  victim /gallery unloaded   median ${fmtMs(unloaded.median)}   p95 ${fmtMs(unloaded.p95)}   (${unloaded.n} loads)`);
    console.log(`  plain burst: victim loaded  median ${fmtMs(plainLoaded.median)}   p95 ${fmtMs(plainLoaded.p95)}   max ${fmtMs(plainLoaded.max)}   (${plainRequests.length} GET /api/generations/<missing> at once)`);
    console.log(`           server CPU ${(plainCpuMs / 1000).toFixed(1)} s, ${fmtMs(plainCpuMs / (plainRequests.length + loads))} per request   RSS ${rssStart} MB → ${rssAfterPlain} MB 5 s after`);
    for (const [i, r] of rounds.entries()) {
      console.log(`  round ${i + 1}: victim loaded  median ${fmtMs(r.loaded.median)}   p95 ${fmtMs(r.loaded.p95)}   max ${fmtMs(r.loaded.max)}   (target: p95 ≤ 2× unloaded)`);
      console.log(`           streams' headers median ${fmtMs(r.headers.median)}   p95 ${fmtMs(r.headers.p95)}   ${r.open} open, ${r.statuses[429] ?? 0} × 429${r.endedEarly ? `, ${r.endedEarly} ended by the server` : ""}`);
      console.log(`           server CPU ${(r.cpuMs / 1000).toFixed(1)} s   RSS peak ${r.rssPeak} MB, ${r.rssAfter} MB 5 s after the streams closed`);
    }
    console.log(`  victim /gallery after      median ${fmtMs(afterClose.median)}   p95 ${fmtMs(afterClose.p95)}`);
    console.log(`  server CPU per request in the burst ${fmtMs(figures.serverCpuMsPerRequest)}; slots freed on close: ${figures.slotsFreed ? "yes" : "NO"}${figures.otherStatuses.length ? `; other answers: ${JSON.stringify(figures.otherStatuses)}` : ""}`);
    console.log(`  server RSS ${rssStart} MB → ${rssBefore} MB after the plain burst → streams: peak ${figures.rssMb.peak} MB, ${figures.rssMb.after} MB after they closed, ${figures.rssMb.afterSecondRound} MB after a second round   (target: ≤ ${rssBefore} + 50 MB)`);
    return figures;
  } finally {
    db.close();
    try {
      process.kill(-server.pid!, "SIGTERM"); // next start and its next-server child
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** DateTime as @prisma/adapter-libsql writes it, so the app reads it back. */
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");
const newId = () => `probe${randomBytes(10).toString("hex")}`;

async function seedTeam(db: Client, name: string, generations: number) {
  const id = newId();
  const generationIds = Array.from({ length: generations }, newId);
  const now = sqlDate(new Date());
  await db.batch(
    [
      { sql: 'INSERT INTO "Team" (id, name, createdAt) VALUES (?, ?, ?)', args: [id, name, now] },
      ...generationIds.map((g, i) => ({
        sql: 'INSERT INTO "Generation" (id, teamId, kind, model, prompt, params, status, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        args: [g, id, "generate", "gpt-image-1-mini", `${name} ${i}: a lighthouse in fog`, '{"n":1,"size":"1024x1024"}', "succeeded", now],
      })),
    ],
    "write",
  );
  return { id, generationIds };
}

/** A member of the team with a live sign-in; returns their Cookie header. */
async function seedPerson(db: Client, secret: string, teamId: string, name: string): Promise<string> {
  const userId = newId();
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + 24 * 3600 * 1000);
  const now = sqlDate(new Date());
  const email = `${name}-${randomBytes(3).toString("hex")}@example.test`;
  await db.batch(
    [
      { sql: 'INSERT INTO "User" (id, name, email, createdAt) VALUES (?, ?, ?, ?)', args: [userId, name, email, now] },
      { sql: 'INSERT INTO "Membership" (id, teamId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)', args: [newId(), teamId, userId, "member", now] },
      {
        sql: 'INSERT INTO "Session" (id, sessionToken, userId, expires, teamId, createdAt) VALUES (?, ?, ?, ?, ?, ?)',
        args: [newId(), sessionToken, userId, sqlDate(expires), teamId, now],
      },
    ],
    "write",
  );
  // lib/auth/config.ts: the JWT carries only the Session row's token; the cookie name is its salt.
  const salt = "authjs.session-token";
  const value = await encode({ token: { sub: userId, sid: sessionToken, name, email }, secret, salt, maxAge: 24 * 3600 });
  return `${salt}=${value}`;
}

/** The process listening on this TCP port (the next-server, not the `next start` wrapper). */
function pidListeningOn(port: number): number {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f[1]?.endsWith(`:${hex}`) && f[3] === "0A") inodes.add(f[9]!);
    }
  }
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const link = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (inodes.has(link.slice(8, -1)) && link.startsWith("socket:[")) return Number(pid);
      }
    } catch {
      // not ours to read, or gone
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

/** Whether the server has ended this stream: drains what is buffered, stops at the first wait. */
async function endedByServer(body: ReadableStream<Uint8Array>): Promise<boolean> {
  const reader = body.getReader();
  for (;;) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 50))]);
    if (next === null) return false;
    if (next.done) return true;
  }
}

if (require.main === module) {
  probeEvents().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
