// The composition root: the one place that picks the implementations behind the ports
// (lib/ports/) from lib/adapters/ and builds them, once per process, from the environment.
// It only wires adapters to ports, so it sits just above them and below everything that asks
// it: code above asks `services()` for one (or takes it as a parameter) and never builds its
// own, so a team deployment (a PostgreSQL queue, a shared event bus, S3, several app
// instances) changes this file and nothing above it. The runner is attached on start
// (lib/boot.ts); tests swap parts with setServices.
import "server-only";
import { randomUUID } from "node:crypto";
import { inProcessBlobLocks } from "@/lib/adapters/in-process-blob-locks";
import { inProcessBus } from "@/lib/adapters/in-process-bus";
import { inProcessQueue } from "@/lib/adapters/in-process-queue";
import { inProcessSlots } from "@/lib/adapters/in-process-stream-slots";
import { blobRoot, localBlobStore } from "@/lib/adapters/local-blob-store";
import { pgBlobLocks } from "@/lib/adapters/pg-blob-locks";
import { pgEventBus } from "@/lib/adapters/pg-event-bus";
import { pgJobQueue } from "@/lib/adapters/pg-job-queue";
import { adapterPool, isPostgresUrl } from "@/lib/adapters/pg-pool";
import { s3BlobStore, s3Settings } from "@/lib/adapters/s3-blob-store";
import { env } from "@/lib/env";
import type { BlobLocks, BlobStore } from "@/lib/ports/blob-store";
import { systemClock, type Clock } from "@/lib/ports/clock";
import type { EventBus } from "@/lib/ports/event-bus";
import type { JobQueue, QueuedJob } from "@/lib/ports/job-queue";
import type { StreamSlots } from "@/lib/ports/stream-slots";

export interface Services {
  /** This process's name among the app instances that share the database (lib/db/instances.ts). */
  instanceId: string;
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
  const limits = { perOwner: e.FRESCO_JOBS_PER_USER, perInstance: e.FRESCO_JOBS_PER_INSTANCE };
  const common = {
    instanceId: randomUUID(),
    clock: systemClock,
    blobs: e.FRESCO_S3_BUCKET ? s3BlobStore(s3Settings(e)) : localBlobStore(blobRoot()),
    // Counted in each instance, also when several share the database (docs/deployment.md).
    streamSlots: inProcessSlots(() => e.FRESCO_STREAMS_PER_USER),
  };
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    // Several app instances may share this database: the line, the bus, the key locks and pins live in it.
    const pool = adapterPool(url);
    const events = pgEventBus(pool);
    return { ...common, events, jobs: pgJobQueue({ pool, bus: events, limits }), blobLocks: pgBlobLocks(pool, adapterPool(url)) };
  }
  return { ...common, events: inProcessBus(), jobs: inProcessQueue(limits), blobLocks: inProcessBlobLocks() };
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
