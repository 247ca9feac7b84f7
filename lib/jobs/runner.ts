// The background job runner: generations run here, outside the server action that queued
// them, so a 30 s provider call never blocks the browser tab's other actions. Limits per
// person and per process (lib/jobs/queue.ts); everything beyond waits in a visible queue.
import "server-only";
import { publish } from "./events";
import { DEFAULT_LIMITS, nextToStart, type QueuedJob } from "./queue";
import { runGeneration } from "./run-generation";

interface RunnerState {
  queue: QueuedJob[];
  running: Map<string, { job: QueuedJob; controller: AbortController }>;
}

const holder = globalThis as unknown as { frescoRunner?: RunnerState };
const state: RunnerState = (holder.frescoRunner ??= { queue: [], running: new Map() });

function limits() {
  return {
    perOwner: Number(process.env.FRESCO_JOBS_PER_USER) || DEFAULT_LIMITS.perOwner,
    perInstance: Number(process.env.FRESCO_JOBS_PER_INSTANCE) || DEFAULT_LIMITS.perInstance,
  };
}

const known = (id: string) => state.running.has(id) || state.queue.some((j) => j.id === id);

/** Queues a generation and returns at once; the job reports progress through events. */
export function enqueueGeneration(job: QueuedJob): void {
  requeue([job]);
}

/**
 * Queues jobs in the order given, behind any already waiting, and announces every position.
 * On start, the work a previous process never sent to the provider comes back this way.
 */
export function requeue(jobs: readonly QueuedJob[]): void {
  for (const job of jobs) if (!known(job.id)) state.queue.push(job);
  pump();
}

/** Where a job stands: running, its place in the queue (1 = next), or unknown to this process. */
/** Every queued job of a team with its place in the queue (for a stream that just connected). */
export function queuedInTeam(teamId: string): { generationId: string; position: number }[] {
  return state.queue.flatMap((job, i) => (job.teamId === teamId ? [{ generationId: job.id, position: i + 1 }] : []));
}

export function jobState(id: string): { status: "running" } | { status: "queued"; position: number } | null {
  if (state.running.has(id)) return { status: "running" };
  const at = state.queue.findIndex((j) => j.id === id);
  return at === -1 ? null : { status: "queued", position: at + 1 };
}

/**
 * Stops a job: a queued one leaves the queue (never reaching the provider), a running one has
 * its provider call aborted. Returns what happened so the caller can record it.
 */
export function cancelJob(id: string): "dequeued" | "aborted" | "unknown" {
  const at = state.queue.findIndex((j) => j.id === id);
  if (at !== -1) {
    state.queue.splice(at, 1);
    announcePositions();
    return "dequeued";
  }
  const running = state.running.get(id);
  if (running) {
    running.controller.abort();
    return "aborted";
  }
  return "unknown";
}

/** Resolves when no job is queued or running (for benchmarks, tests and shutdown). */
export async function idle(): Promise<void> {
  while (state.queue.length > 0 || state.running.size > 0) await new Promise((r) => setTimeout(r, 5));
}

function pump(): void {
  const running = [...state.running.values()].map((r) => r.job);
  for (const job of nextToStart(state.queue, running, limits())) {
    state.queue.splice(state.queue.indexOf(job), 1);
    const controller = new AbortController();
    state.running.set(job.id, { job, controller });
    void runGeneration({ generationId: job.id, teamId: job.teamId }, controller.signal)
      .catch((err) => console.error(`[jobs] generation ${job.id} crashed`, err))
      .finally(() => {
        state.running.delete(job.id);
        pump();
      });
  }
  announcePositions();
}

function announcePositions(): void {
  state.queue.forEach((job, i) => publish({ generationId: job.id, teamId: job.teamId }, { type: "status", status: "queued", position: i + 1 }));
}
