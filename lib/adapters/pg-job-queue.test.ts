// Two "instances" (two queues, two pools, two buses) on one PostgreSQL database, with stand-in
// workers whose jobs end when the test says so: exactly one instance runs each job, the limits
// hold across both, a waiting job can be canceled, and a running one from the other instance.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Pool } from "pg";
import type { JobQueue, QueuedJob } from "@/lib/ports/job-queue";
import { freshDatabase, SKIP_POSTGRES } from "@/lib/testing/pg-database";
import { pgEventBus, type PgEventBus } from "./pg-event-bus";
import { pgJobQueue } from "./pg-job-queue";
import { adapterPool } from "./pg-pool";

let n = 0;
const job = (owner: string, teamId = "t1"): QueuedJob => ({ id: `job${++n}`, owner, teamId });

/** Every run on any instance: which instance, its signal, and a finish. */
function standIns() {
  const runs = new Map<string, { where: string; signal: AbortSignal; finish: () => void }>();
  const waiters = new Map<string, () => void>();
  const lines: string[][] = [];
  const worker = (where: string) => ({
    run: (j: QueuedJob, signal: AbortSignal) =>
      new Promise<void>((finish) => {
        if (runs.has(j.id)) throw new Error(`${j.id} ran twice`);
        runs.set(j.id, { where, signal, finish });
        waiters.get(j.id)?.();
      }),
    waiting: (line: { job: QueuedJob; position: number }[]) => void lines.push(line.map((w) => w.job.id)),
  });
  return {
    runs,
    lines,
    worker,
    started: (id: string) => new Promise<void>((resolve) => (runs.has(id) ? resolve() : waiters.set(id, resolve))),
    finish: (id: string) => runs.get(id)!.finish(),
  };
}

describe.skipIf(SKIP_POSTGRES)("PostgreSQL job queue (graphile-worker)", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const pools: Pool[] = [];
  const buses: PgEventBus[] = [];

  beforeAll(async () => {
    db = await freshDatabase("queue");
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    await db?.drop();
  });

  /** One instance: its own pool and bus. */
  function instance(limits: { perOwner: number; perInstance: number }): JobQueue<QueuedJob> {
    const pool = adapterPool(db.url);
    const bus = pgEventBus(pool);
    pools.push(pool);
    buses.push(bus);
    return pgJobQueue({ pool, bus, limits, pollMs: 200 });
  }

  it("jobs wait until a worker is attached; then each runs exactly once, on one instance, within both limits", async () => {
    const [a, b] = [instance({ perOwner: 2, perInstance: 2 }), instance({ perOwner: 2, perInstance: 2 })];
    const w = standIns();
    const ann = [job("ann"), job("ann"), job("ann")];
    const bo = job("bo");
    await a.enqueue([...ann, bo]);
    expect((await b.queuedIn("t1")).map((q) => q.position)).toEqual([1, 2, 3, 4]);

    const stopAll = [a.work(w.worker("a")), b.work(w.worker("b"))];
    await Promise.all([w.started(ann[0]!.id), w.started(ann[1]!.id), w.started(bo.id)]);
    // Ann holds her two slots across both instances: her third waits though a worker is free.
    expect(w.runs.has(ann[2]!.id)).toBe(false);
    expect(await a.queuedIn("t1")).toEqual([{ id: ann[2]!.id, position: 1 }]);
    const perInstance = [...w.runs.values()].reduce((m, r) => m.set(r.where, (m.get(r.where) ?? 0) + 1), new Map<string, number>());
    expect(Math.max(...perInstance.values())).toBeLessThanOrEqual(2);

    w.finish(ann[0]!.id);
    await w.started(ann[2]!.id);
    expect(await a.queuedIn("t1")).toEqual([]);
    [ann[1]!, ann[2]!, bo].forEach((j) => w.finish(j.id));
    stopAll.forEach((stop) => stop());
    await Promise.all([a.idle(), b.idle()]);
  });

  it("a person's new job goes to one of their free slots, not behind their own running job", async () => {
    const a = instance({ perOwner: 2, perInstance: 4 });
    const w = standIns();
    const stopA = a.work(w.worker("a"));
    const [first, second] = [job("fay"), job("fay")];
    await a.enqueue([first]);
    await w.started(first.id);
    await a.enqueue([second]); // while the first still runs
    await w.started(second.id);
    [first, second].forEach((j) => w.finish(j.id));
    stopA();
    await a.idle();
  });

  it("a job already in the line is not added twice", async () => {
    const a = instance({ perOwner: 4, perInstance: 4 });
    const x = job("cy", "t2");
    await a.enqueue([x]);
    await a.enqueue([x]);
    expect(await a.queuedIn("t2")).toHaveLength(1);
    expect(await a.cancel(x.id)).toBe("dequeued");
  });

  it("lists a team's waiting jobs with their place in the whole line; a canceled waiting job never runs", async () => {
    const a = instance({ perOwner: 4, perInstance: 4 });
    const [x1, y1, x2] = [job("xi", "t3"), job("yu", "t4"), job("xi", "t3")];
    await a.enqueue([x1, y1, x2]);
    expect(await a.queuedIn("t3")).toEqual([{ id: x1.id, position: 1 }, { id: x2.id, position: 3 }]);
    expect(await a.cancel(x1.id)).toBe("dequeued");
    expect(await a.cancel(x1.id)).toBe("unknown");
    expect(await a.queuedIn("t3")).toEqual([{ id: x2.id, position: 2 }]);
    await Promise.all([a.cancel(y1.id), a.cancel(x2.id)]);
  });

  it("cancel on one instance aborts a job running on the other (over the bus)", async () => {
    const [a, b] = [instance({ perOwner: 1, perInstance: 1 }), instance({ perOwner: 1, perInstance: 1 })];
    const w = standIns();
    const stopB = b.work(w.worker("b"));
    const x = job("dee");
    await a.enqueue([x]);
    await w.started(x.id);
    expect(w.runs.get(x.id)!.where).toBe("b");
    const aborted = new Promise<void>((resolve) => w.runs.get(x.id)!.signal.addEventListener("abort", () => resolve()));
    expect(await a.cancel(x.id)).toBe("aborted");
    await aborted;
    w.finish(x.id);
    stopB();
    await b.idle();
  });

  it("the jobs a dead instance had taken are let go (never run again), and its owner's slot frees up", async () => {
    const [a, b] = [instance({ perOwner: 1, perInstance: 2 }), instance({ perOwner: 1, perInstance: 2 })];
    const w = standIns();
    const stopA = a.work(w.worker("a"));
    const [first, second] = [job("eve"), job("eve")];
    await a.enqueue([first, second]);
    await w.started(first.id);
    stopA(); // a takes nothing more; its running job stands for a crashed instance's
    const stopB = b.work(w.worker("b"));
    expect(w.runs.has(second.id)).toBe(false); // eve's one slot is held by the dead job

    expect(await b.abandon(a.workers())).toEqual([first.id]);
    await w.started(second.id);
    expect(w.runs.get(second.id)!.where).toBe("b");
    w.finish(second.id);
    w.finish(first.id);
    stopB();
    await Promise.all([a.idle(), b.idle()]);
  });
});
