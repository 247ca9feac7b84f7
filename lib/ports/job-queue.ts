// The waiting line for background work. In one process it is an array with abort controllers
// (lib/adapters/in-process-queue.ts); several app instances share one on PostgreSQL (pg-boss,
// graphile-worker), each instance working it within its own limits.

export interface Job {
  id: string;
  teamId: string;
}

/** Fresco's job: one generation (its id), counted against the person who asked for it. */
export interface QueuedJob extends Job {
  /** Who the job counts against: the limit of running jobs is per person. */
  owner: string;
}

/** What runs the jobs of this instance: the work itself, and who hears the line move. */
export interface JobWorker<J extends Job> {
  /** Does one job; aborting `signal` asks it to stop. Its failures are its own to record. */
  run(job: J, signal: AbortSignal): Promise<void>;
  /** Every job still waiting, with its place (1 = next), whenever the line changed. */
  waiting?(line: { job: J; position: number }[]): void;
}

export interface JobQueue<J extends Job> {
  /** Adds jobs behind those already waiting, in the order given; a job already known is skipped. */
  enqueue(jobs: readonly J[]): Promise<void>;
  /** A waiting job leaves the line (it never runs); a running one has its signal aborted. */
  cancel(id: string): Promise<"dequeued" | "aborted" | "unknown">;
  /** A team's waiting jobs with their place in the whole line (1 = next). */
  queuedIn(teamId: string): Promise<{ id: string; position: number }[]>;
  /**
   * Starts running jobs in this instance with `worker`. Until a worker is attached jobs only
   * wait. Returns a stop: no further job starts (the running ones finish).
   */
  work(worker: JobWorker<J>): () => void;
}
