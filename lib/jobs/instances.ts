// This process among the app instances sharing one database (docs/deployment.md). With a
// durable queue (PostgreSQL) each instance beats a heartbeat and sweeps: the running work of an
// instance whose heartbeat stopped is settled like a restart's (sent: interrupted, cost unknown,
// its budget hold settled; never sent: queued again, to run on a live instance), the jobs it had
// taken leave the queue, and nobody ever touches a live peer's work. One process on SQLite has
// no peers: whatever it finds running on start was a previous process's.
import "server-only";
import { beat, deadInstances, forgetInstance, liveInstances, markStopped } from "@/lib/db/instances";
import { env } from "@/lib/env";
import { services } from "@/lib/services";
import { settleUnfinished, type Settled } from "./settle";

const staleMs = () => env().FRESCO_INSTANCE_STALE_SECONDS * 1000;

/** Instances that are alive now (this one always: it is asking). */
async function live(now: number): Promise<string[]> {
  const me = services().instanceId;
  return [...new Set([me, ...(await liveInstances(new Date(now - staleMs())))])];
}

/** Settles the work of the instances whose heartbeat stopped. Safe on several instances at once. */
export async function sweepDeadInstances(now = Date.now()): Promise<Settled> {
  const staleBefore = new Date(now - staleMs());
  const { jobs, instanceId } = services();
  const letGo: string[] = [];
  for (const dead of await deadInstances(staleBefore)) {
    if (dead.id === instanceId) continue;
    letGo.push(...(await jobs.abandon(dead.workers)));
    await forgetInstance(dead.id, staleBefore);
  }
  return settleUnfinished({ live: await live(now), queued: letGo });
}

/**
 * On start, before the runner: records this instance, settles what dead or previous processes
 * left, and keeps the heartbeat and the sweep going. Returns what was settled.
 */
export async function startInstance(): Promise<Settled> {
  const { jobs, instanceId } = services();
  if (!jobs.durable) return settleUnfinished();
  await beat(instanceId, jobs.workers());
  const settled = await sweepDeadInstances();
  // Everything queued goes into the line once more: the queue adds only what it lacks.
  const requeued = await settleUnfinished({ live: await live(Date.now()), queued: "all" });
  keepBeating();
  return { interrupted: settled.interrupted + requeued.interrupted, requeued: settled.requeued + requeued.requeued, dropped: settled.dropped + requeued.dropped };
}

let timers: NodeJS.Timeout[] = [];

function keepBeating(): void {
  const { jobs, instanceId } = services();
  let recorded = "";
  const record = () => {
    recorded = JSON.stringify(jobs.workers());
    return beat(instanceId, jobs.workers());
  };
  const quietly = (what: string, p: Promise<unknown>) => void p.catch((err: unknown) => console.error(`[instances] ${what} failed:`, err));
  timers = [
    setInterval(() => quietly("the heartbeat", record()), staleMs() / 6),
    // The queue's workers start after the first beat: record their names as soon as they exist.
    setInterval(() => JSON.stringify(jobs.workers()) !== recorded && quietly("the heartbeat", record()), 1000),
    setInterval(() => quietly("the sweep of dead instances", sweepDeadInstances()), staleMs() / 3),
  ];
  for (const t of timers) t.unref();
}

/** A clean stop: no more heartbeats, and peers see at once that this instance is gone. */
export async function stopInstance(): Promise<void> {
  timers.forEach(clearInterval);
  timers = [];
  if (services().jobs.durable) await markStopped(services().instanceId);
}

/**
 * After the shutdown's grace period: this instance's jobs still running are handed back as a
 * dead instance's would be (sent: interrupted; never sent: queued again, for a peer to run).
 */
export async function handBackRunning(): Promise<Settled> {
  const { jobs, instanceId } = services();
  const letGo = await jobs.abandon(jobs.workers());
  const peers = (await live(Date.now())).filter((id) => id !== instanceId);
  return settleUnfinished({ live: peers, queued: letGo });
}
