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
  /**
   * True when the line outlives the process (a shared queue in the database): work queued
   * before a restart is still waiting, and start-up must not queue it again.
   */
  readonly durable: boolean;
  /** This instance's names in the queue (kept with its heartbeat, so a peer can let go of its jobs if it dies). */
  workers(): string[];
  /**
   * Lets go of the jobs that these workers (of an instance that is gone) had taken: they leave
   * the queue and never run again. Returns their ids, for the caller to settle their rows.
   */
  abandon(workers: readonly string[]): Promise<string[]>;
  /** The ids of the jobs running in this instance now. */
  runningHere(): string[];
  /** Resolves once no job runs in this instance (after the stop, for a graceful shutdown). */
  idle(): Promise<void>;
}
