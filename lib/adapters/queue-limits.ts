// Which queued job may start next: first come, first served, within two limits — jobs per
// person (so one person's batch of 40 cannot starve the team) and jobs per server process.
import type { QueuedJob } from "@/lib/ports/job-queue";

export interface Limits {
  perOwner: number;
  perInstance: number;
}

/** The jobs to start now, in queue order, given what is already running. */
export function nextToStart(queue: readonly QueuedJob[], running: readonly QueuedJob[], limits: Limits): QueuedJob[] {
  const perOwner = new Map<string, number>();
  for (const job of running) perOwner.set(job.owner, (perOwner.get(job.owner) ?? 0) + 1);
  let total = running.length;
  const start: QueuedJob[] = [];
  for (const job of queue) {
    if (total >= limits.perInstance) break;
    const mine = perOwner.get(job.owner) ?? 0;
    if (mine >= limits.perOwner) continue;
    perOwner.set(job.owner, mine + 1);
    total += 1;
    start.push(job);
  }
  return start;
}
