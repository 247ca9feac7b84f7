// In-process progress events for running generations. One server process runs the jobs and
// serves the streams, so an EventEmitter is enough. Each event goes to the generation's own
// channel and to its team's, which is what a browser tab follows (one stream per tab: a stream
// per generation would use up the browser's six connections and stall every other request).
import "server-only";
import { EventEmitter } from "node:events";

export type JobEvent =
  | { type: "status"; status: "queued" | "running"; position?: number }
  | { type: "partial"; imageIndex: number; partialIndex: number; dataUrl: string }
  | { type: "finished"; status: "succeeded" | "failed" | "canceled" | "interrupted" };

export type TeamEvent = JobEvent & { generationId: string };

export interface JobRef {
  generationId: string;
  teamId: string;
}

const holder = globalThis as unknown as { frescoJobEvents?: EventEmitter };
const bus = (holder.frescoJobEvents ??= new EventEmitter().setMaxListeners(0));

export function publish(ref: JobRef, event: JobEvent): void {
  bus.emit(ref.generationId, event);
  bus.emit(`team:${ref.teamId}`, { ...event, generationId: ref.generationId } satisfies TeamEvent);
}

export function subscribe(generationId: string, listener: (event: JobEvent) => void): () => void {
  bus.on(generationId, listener);
  return () => bus.off(generationId, listener);
}

export function subscribeTeam(teamId: string, listener: (event: TeamEvent) => void): () => void {
  const channel = `team:${teamId}`;
  bus.on(channel, listener);
  return () => bus.off(channel, listener);
}
