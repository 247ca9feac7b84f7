// The job queue shared by every app instance on one PostgreSQL, on graphile-worker (0.17.3,
// pinned): its jobs table is the line, and a worker takes a job with a row lock that skips the
// locked ones, so exactly one instance runs each job. How the limits hold across instances:
// - per instance: the instance's worker pool has FRESCO_JOBS_PER_INSTANCE workers;
// - per person: each person's jobs go into FRESCO_JOBS_PER_USER named queues ("slots"), and
//   graphile-worker runs one job at a time per named queue, in the database, whichever
//   instance takes it. A new job goes to the person's slot with the fewest waiting, so a
//   person's job may wait behind their own long one in its slot while another slot is free;
//   nobody else's job ever waits behind it (a locked slot is skipped, not queued behind).
// A job has one attempt (a provider call is never repeated); its key is "<team>/<generation>",
// so a job already in the line is not added twice and a team's line is read without its payload.
// Cancel: a waiting job is removed; a running one is aborted where it runs, over the event bus.
import { EventEmitter } from "node:events";
import { makeWorkerUtils, run, Logger, type Runner, type WorkerEvents, type WorkerUtils } from "graphile-worker";
import type { Pool } from "pg";
import { z } from "zod";
import type { Channel, EventBus } from "@/lib/ports/event-bus";
import type { JobQueue, JobWorker, QueuedJob } from "@/lib/ports/job-queue";
import type { Limits } from "./queue-limits";

const TASK = "fresco_generation";
const jobSchema = z.object({ id: z.string(), owner: z.string(), teamId: z.string() });
const cancelChannel: Channel<{ id: string }> = { name: "jobs:cancel", parse: z.object({ id: z.string() }).parse };

const keyOf = (job: QueuedJob) => `${job.teamId}/${job.id}`;
const idOfKey = (key: string) => key.slice(key.indexOf("/") + 1);
const slotPrefix = (owner: string) => `fresco:${owner}:`;

// graphile-worker's own chatter stays quiet; its errors are ours to see.
const logger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[jobs] ${message}`);
});

export interface PgQueueOptions {
  pool: Pool;
  bus: EventBus;
  limits: Limits;
  /** How often idle workers look for jobs that notifications did not announce (ms). */
  pollMs?: number;
}

export function pgJobQueue({ pool, bus, limits, pollMs = 1000 }: PgQueueOptions): JobQueue<QueuedJob> {
  const running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  const workerIds = new Set<string>();
  let worker: JobWorker<QueuedJob> | null = null;
  let announcing = false;

  const utils: Promise<WorkerUtils> = (async () => {
    const u = await makeWorkerUtils({ pgPool: pool, logger });
    await u.migrate();
    return u;
  })();
  utils.catch((err: unknown) => console.error("[jobs] the PostgreSQL queue could not start:", err));

  // A cancel asked on any instance reaches the one running the job.
  bus.subscribe(cancelChannel, ({ id }) => running.get(id)?.controller.abort());

  /** The waiting line in order: id, team, owner. */
  async function line(): Promise<{ job: QueuedJob; position: number }[]> {
    await utils;
    const { rows } = await pool.query<{ key: string; queue_name: string }>(
      `SELECT key, queue_name FROM graphile_worker.jobs
       WHERE task_identifier = $1 AND locked_at IS NULL AND attempts < max_attempts AND key IS NOT NULL
       ORDER BY priority, run_at, id`,
      [TASK],
    );
    return rows.map((r, i) => ({
      job: { id: idOfKey(r.key), teamId: r.key.slice(0, r.key.indexOf("/")), owner: r.queue_name.split(":")[1] ?? "" },
      position: i + 1,
    }));
  }

  /** Tells the worker the line moved (once per burst of changes). */
  function announce(): void {
    if (!worker?.waiting || announcing) return;
    announcing = true;
    setImmediate(() => {
      announcing = false;
      line().then(
        (l) => worker?.waiting?.(l),
        (err: unknown) => console.error("[jobs] reading the line failed:", err),
      );
    });
  }

  /** The person's slot with the fewest jobs waiting or running. */
  async function slotFor(owner: string, counts: Map<string, number>): Promise<string> {
    let best = "";
    let fewest = Infinity;
    for (let i = 0; i < limits.perOwner; i++) {
      const name = `${slotPrefix(owner)}${i}`;
      const n = counts.get(name) ?? 0;
      if (n < fewest) [best, fewest] = [name, n];
    }
    counts.set(best, fewest + 1);
    return best;
  }

  return {
    durable: true,

    async enqueue(jobs) {
      const u = await utils;
      const counts = new Map<string, number>();
      for (const owner of new Set(jobs.map((j) => j.owner))) {
        const { rows } = await pool.query<{ queue_name: string; n: string }>(
          // Waiting jobs, and the running one (locked; its one attempt is already counted).
          `SELECT queue_name, count(*) AS n FROM graphile_worker.jobs
           WHERE left(queue_name, length($1)) = $1 AND (attempts < max_attempts OR locked_at IS NOT NULL) GROUP BY queue_name`,
          [slotPrefix(owner)],
        );
        for (const r of rows) counts.set(r.queue_name, Number(r.n));
      }
      for (const job of jobs) {
        await u.addJob(TASK, job, { queueName: await slotFor(job.owner, counts), jobKey: keyOf(job), jobKeyMode: "unsafe_dedupe", maxAttempts: 1 });
      }
      announce();
    },

    async cancel(id) {
      const here = running.get(id);
      if (here) {
        here.controller.abort();
        return "aborted";
      }
      await utils;
      // remove_job deletes a waiting job; a locked (running) one only loses its key and retries.
      const { rows } = await pool.query<{ key: string; locked_at: Date | null }>(
        `SELECT key, locked_at FROM graphile_worker.jobs WHERE task_identifier = $1 AND right(key, length($2) + 1) = '/' || $2`,
        [TASK, id],
      );
      const found = rows[0];
      if (!found) return "unknown";
      const { rows: removed } = await pool.query<{ id: string | null; locked_at: Date | null }>("SELECT id, locked_at FROM graphile_worker.remove_job($1)", [found.key]);
      if (removed[0]?.id && !removed[0].locked_at) {
        announce();
        return "dequeued";
      }
      await bus.publish(cancelChannel, { id });
      return "aborted";
    },

    async queuedIn(teamId) {
      return (await line()).flatMap(({ job, position }) => (job.teamId === teamId ? [{ id: job.id, position }] : []));
    },

    work(next) {
      worker = next;
      let runner: Runner | null = null;
      let stopped = false;
      // Given before the pool starts, so its name is not missed: jobs are locked in the pool's name.
      const events = new EventEmitter() as WorkerEvents;
      events.on("pool:create", ({ workerPool }) => void workerIds.add(workerPool.id));
      const started = run({
        events,
        pgPool: pool,
        concurrency: limits.perInstance,
        noHandleSignals: true,
        pollInterval: pollMs,
        logger,
        taskList: {
          [TASK]: async (payload) => {
            const job = jobSchema.parse(payload);
            const controller = new AbortController();
            const done = Promise.resolve()
              .then(() => next.run(job, controller.signal))
              // Never rethrown: a failed job must not be retried (its failure is recorded by the run).
              .catch((err: unknown) => console.error(`[jobs] job ${job.id} crashed`, err))
              .finally(() => {
                running.delete(job.id);
                announce();
              });
            running.set(job.id, { controller, done });
            announce();
            await done;
          },
        },
      }).then((r) => {
        runner = r;
        if (stopped) void r.stop();
        return r;
      });
      started.catch((err: unknown) => console.error("[jobs] the worker pool could not start:", err));
      announce();
      return () => {
        stopped = true;
        if (worker === next) worker = null;
        void (runner as Runner | null)?.stop().catch((err: unknown) => console.error("[jobs] stopping the workers failed:", err));
      };
    },

    workers: () => [...workerIds],

    async abandon(workers) {
      if (!workers.length) return [];
      const u = await utils;
      const { rows } = await pool.query<{ id: string; key: string | null }>(
        `SELECT id, key FROM graphile_worker.jobs WHERE task_identifier = $1 AND locked_by = ANY($2::text[])`,
        [TASK, workers],
      );
      await u.forceUnlockWorkers([...workers]);
      // Unlocked now: completing deletes them, so nobody runs them (a new job may take the key).
      if (rows.length) await u.completeJobs(rows.map((r) => r.id));
      announce();
      return rows.flatMap((r) => (r.key ? [idOfKey(r.key)] : []));
    },

    runningHere: () => [...running.keys()],

    async idle() {
      while (running.size) await Promise.race([...running.values()].map((r) => r.done));
    },
  };
}
