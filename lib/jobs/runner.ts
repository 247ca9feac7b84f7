// The background job runner: generations run here, outside the server action that queued
// them, so a 30 s provider call never blocks the browser tab's other actions. The queue is the
// one the composition root provides (lib/services.ts); it starts jobs within the limits per
// person and per process, and everything beyond waits in a visible line.
import "server-only";
import type { QueuedJob } from "@/lib/ports/job-queue";
import { services } from "@/lib/services";
import { publish } from "./events";
import { runGeneration } from "./run-generation";
import { settleBudget } from "./settle-budget";

/** Queues a generation and returns at once; the job reports progress through events. */
export function enqueueGeneration(job: QueuedJob): Promise<void> {
  return services().jobs.enqueue([job]);
}

/** Every queued job of a team with its place in the queue (for a stream that just connected). */
export async function queuedInTeam(teamId: string): Promise<{ generationId: string; position: number }[]> {
  return (await services().jobs.queuedIn(teamId)).map((q) => ({ generationId: q.id, position: q.position }));
}

/**
 * Stops a job: a queued one leaves the queue (never reaching the provider), a running one has
 * its provider call aborted. Returns what happened so the caller can record it.
 */
export function cancelJob(id: string): Promise<"dequeued" | "aborted" | "unknown"> {
  return services().jobs.cancel(id);
}

/**
 * Runs this process's share of the queue: on start (lib/boot.ts), and in the tests that want
 * jobs to run. Every change of the line is announced, so each waiting tab shows its place.
 * Returns a stop.
 */
export function startRunner(): () => void {
  return services().jobs.work({
    run: async (job, signal) => {
      try {
        await runGeneration({ generationId: job.id, teamId: job.teamId, userId: job.owner }, signal);
      } finally {
        // Every way a run ends settles its budget hold (a second settle changes nothing).
        await settleBudget(job.id).catch((err: unknown) => console.error(`[jobs] settling the budget of ${job.id} failed`, err));
      }
    },
    waiting: (line) => {
      for (const { job, position } of line) publish({ generationId: job.id, teamId: job.teamId, userId: job.owner }, { type: "status", status: "queued", position });
    },
  });
}
