// The background job runner: generations run here, outside the server action that queued
// them, so a 30 s provider call never blocks the browser tab's other actions.
import "server-only";
import { publish } from "./events";
import { runGeneration } from "./run-generation";

const MAX_CONCURRENT = 8;

interface RunnerState {
  queue: string[];
  running: Map<string, AbortController>;
}

const holder = globalThis as unknown as { frescoRunner?: RunnerState };
const state: RunnerState = (holder.frescoRunner ??= { queue: [], running: new Map() });

/** Queues a generation and returns at once; the job reports progress through events. */
export function enqueueGeneration(id: string): void {
  if (state.running.has(id) || state.queue.includes(id)) return;
  state.queue.push(id);
  publish(id, { type: "status", status: "queued", position: state.queue.length });
  pump();
}

/** Resolves when no job is queued or running (for benchmarks and graceful shutdown). */
export async function idle(): Promise<void> {
  while (state.queue.length > 0 || state.running.size > 0) {
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function isActive(id: string): boolean {
  return state.running.has(id) || state.queue.includes(id);
}

function pump(): void {
  while (state.running.size < MAX_CONCURRENT && state.queue.length > 0) {
    const id = state.queue.shift()!;
    const controller = new AbortController();
    state.running.set(id, controller);
    void runGeneration(id, controller.signal)
      .catch((err) => console.error(`[jobs] generation ${id} crashed`, err))
      .finally(() => {
        state.running.delete(id);
        pump();
      });
  }
  state.queue.forEach((id, i) => publish(id, { type: "status", status: "queued", position: i + 1 }));
}
