// In-process progress events for running generations, fanned out to the browser over SSE.
// One server process runs the jobs and serves the streams, so an EventEmitter is enough.
import "server-only";
import { EventEmitter } from "node:events";

export type JobEvent =
  | { type: "status"; status: "queued" | "running"; position?: number }
  | { type: "partial"; imageIndex: number; partialIndex: number; dataUrl: string }
  | { type: "finished"; status: "succeeded" | "failed" | "canceled" | "interrupted" };

const holder = globalThis as unknown as { frescoJobEvents?: EventEmitter };
const bus = (holder.frescoJobEvents ??= new EventEmitter().setMaxListeners(0));

export function publish(generationId: string, event: JobEvent): void {
  bus.emit(generationId, event);
}

export function subscribe(generationId: string, listener: (event: JobEvent) => void): () => void {
  bus.on(generationId, listener);
  return () => bus.off(generationId, listener);
}
