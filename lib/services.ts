// The composition root: the one place that picks the implementations behind the ports
// (lib/ports/) and builds them, once per process, from the environment. Code above the ports
// asks `services()` for one (or takes it as a parameter) and never builds its own, so a team
// deployment (a PostgreSQL queue, a shared event bus, S3, several app instances) changes this
// file and nothing above it. The runner is attached on start (lib/boot.ts); tests swap parts
// with setServices.
import "server-only";
import { env } from "@/lib/env";
import { inProcessBus } from "@/lib/events/in-process-bus";
import { inProcessSlots, type StreamSlots } from "@/lib/events/stream-slots";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import type { QueuedJob } from "@/lib/jobs/queue";
import type { BlobLocks, BlobStore } from "@/lib/ports/blob-store";
import { systemClock, type Clock } from "@/lib/ports/clock";
import type { EventBus } from "@/lib/ports/event-bus";
import type { JobQueue } from "@/lib/ports/job-queue";
import { inProcessBlobLocks } from "@/lib/storage/key-locks";
import { blobRoot, localBlobStore } from "@/lib/storage/local-blob-store";

export interface Services {
  clock: Clock;
  events: EventBus;
  jobs: JobQueue<QueuedJob>;
  blobs: BlobStore;
  blobLocks: BlobLocks;
  /** How many event streams each person holds open. */
  streamSlots: StreamSlots;
}

// The one globalThis holder, and why: Next.js evaluates this module once per bundle of the same
// process (instrumentation, each route) and again on every hot reload in dev; all of them must
// find the same queue, bus and store, or a job queued by an action would run unseen by streams.
const holder = globalThis as unknown as { frescoServices?: Services };

export function services(): Services {
  return (holder.frescoServices ??= build());
}

function build(): Services {
  const e = env();
  return {
    clock: systemClock,
    events: inProcessBus(),
    jobs: inProcessQueue({ perOwner: e.FRESCO_JOBS_PER_USER, perInstance: e.FRESCO_JOBS_PER_INSTANCE }),
    blobs: localBlobStore(blobRoot()),
    blobLocks: inProcessBlobLocks(),
    streamSlots: inProcessSlots(() => e.FRESCO_STREAMS_PER_USER),
  };
}

/**
 * For tests: replaces some services for this test file (each file runs in a fresh worker) and
 * returns a function that puts the previous ones back.
 */
export function setServices(replace: Partial<Services>): () => void {
  const previous = services();
  holder.frescoServices = { ...previous, ...replace };
  return () => {
    holder.frescoServices = previous;
  };
}
