// The job queue of one server process: an array in arrival order and the running jobs with
// their abort controllers. Which waiting job may start is queue-limits.ts's rule (per person, per
// process); jobs only wait until a worker is attached (lib/jobs/runner.ts does on start).
import type { JobQueue, JobWorker, QueuedJob } from "@/lib/ports/job-queue";
import { nextToStart, type Limits } from "./queue-limits";

export function inProcessQueue(limits: Limits): JobQueue<QueuedJob> {
  const line: QueuedJob[] = [];
  const running = new Map<string, { job: QueuedJob; controller: AbortController; done: Promise<void> }>();
  let worker: JobWorker<QueuedJob> | null = null;

  const known = (id: string) => running.has(id) || line.some((j) => j.id === id);

  function announce(): void {
    worker?.waiting?.(line.map((job, i) => ({ job, position: i + 1 })));
  }

  function pump(): void {
    const current = worker;
    if (!current) return;
    const busy = [...running.values()].map((r) => r.job);
    for (const job of nextToStart(line, busy, limits)) {
      line.splice(line.indexOf(job), 1);
      const controller = new AbortController();
      const done = Promise.resolve()
        .then(() => current.run(job, controller.signal))
        .catch((err) => console.error(`[jobs] job ${job.id} crashed`, err))
        .finally(() => {
          running.delete(job.id);
          pump();
        });
      running.set(job.id, { job, controller, done });
    }
    announce();
  }

  return {
    async enqueue(jobs) {
      for (const job of jobs) if (!known(job.id)) line.push(job);
      pump();
    },

    async cancel(id) {
      const at = line.findIndex((j) => j.id === id);
      if (at !== -1) {
        line.splice(at, 1);
        announce();
        return "dequeued";
      }
      const job = running.get(id);
      if (!job) return "unknown";
      job.controller.abort();
      return "aborted";
    },

    async queuedIn(teamId) {
      return line.flatMap((job, i) => (job.teamId === teamId ? [{ id: job.id, position: i + 1 }] : []));
    },

    work(next) {
      worker = next;
      pump();
      return () => {
        if (worker === next) worker = null;
      };
    },

    // One process: the line dies with it, and no other instance holds its jobs.
    durable: false,
    workers: () => [],
    abandon: async () => [],
    runningHere: () => [...running.keys()],
    async idle() {
      while (running.size) await Promise.race([...running.values()].map((r) => r.done));
    },
  };
}
