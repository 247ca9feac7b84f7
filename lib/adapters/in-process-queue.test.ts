// The runner's queue with a stand-in worker whose jobs end when the test says so: no database,
// no provider, no waiting on time.
import { describe, expect, it } from "vitest";
import type { QueuedJob } from "@/lib/ports/job-queue";
import { inProcessQueue } from "./in-process-queue";

const job = (id: string, owner = "ann", teamId = "t1"): QueuedJob => ({ id, owner, teamId });

/** A worker whose runs stay open until `finish(id)`; `started(id)` resolves when a run begins. */
function standIn() {
  const runs = new Map<string, { signal: AbortSignal; finish: () => void }>();
  const waiters = new Map<string, (signal: AbortSignal) => void>();
  const lines: string[] = [];
  return {
    lines,
    worker: {
      run: (j: QueuedJob, signal: AbortSignal) =>
        new Promise<void>((finish) => {
          runs.set(j.id, { signal, finish });
          waiters.get(j.id)?.(signal);
        }),
      waiting: (line: { job: QueuedJob; position: number }[]) => lines.push(line.map((w) => `${w.job.id}@${w.position}`).join(" ")),
    },
    started: (id: string) => new Promise<AbortSignal>((resolve) => (runs.has(id) ? resolve(runs.get(id)!.signal) : waiters.set(id, resolve))),
    running: () => [...runs.keys()],
    finish: (id: string) => runs.get(id)!.finish(),
  };
}

describe("in-process job queue", () => {
  it("jobs wait until a worker is attached, then start within the limits and in order", async () => {
    const queue = inProcessQueue({ perOwner: 2, perInstance: 3 });
    const w = standIn();
    await queue.enqueue([job("a1"), job("a2"), job("a3"), job("b1", "bo"), job("b2", "bo")]);
    expect(await queue.queuedIn("t1")).toHaveLength(5);

    queue.work(w.worker);
    await Promise.all([w.started("a1"), w.started("a2"), w.started("b1")]);
    expect(w.running()).toEqual(["a1", "a2", "b1"]);
    expect(await queue.queuedIn("t1")).toEqual([{ id: "a3", position: 1 }, { id: "b2", position: 2 }]);
    expect(w.lines.at(-1)).toBe("a3@1 b2@2");

    w.finish("a1");
    await w.started("a3"); // ann's place frees up; bo's second job still waits for the process limit
    expect(await queue.queuedIn("t1")).toEqual([{ id: "b2", position: 1 }]);
  });

  it("lists a team's waiting jobs with their place in the whole line", async () => {
    const queue = inProcessQueue({ perOwner: 4, perInstance: 8 });
    await queue.enqueue([job("x1", "xi", "t1"), job("y1", "yu", "t2"), job("x2", "xi", "t1"), job("x1", "xi", "t1")]);
    expect(await queue.queuedIn("t1")).toEqual([{ id: "x1", position: 1 }, { id: "x2", position: 3 }]);
    expect(await queue.queuedIn("t2")).toEqual([{ id: "y1", position: 2 }]);
  });

  it("a canceled waiting job never runs; a canceled running job has its signal aborted", async () => {
    const queue = inProcessQueue({ perOwner: 1, perInstance: 8 });
    const w = standIn();
    queue.work(w.worker);
    await queue.enqueue([job("a1"), job("a2"), job("a3")]);
    const signal = await w.started("a1");

    expect(await queue.cancel("a2")).toBe("dequeued");
    expect(w.lines.at(-1)).toBe("a3@1");
    expect(await queue.cancel("a1")).toBe("aborted");
    expect(signal.aborted).toBe(true);
    expect(await queue.cancel("nope")).toBe("unknown");

    w.finish("a1");
    await w.started("a3");
    expect(w.running()).toEqual(["a1", "a3"]);
  });

  it("after the worker stops, nothing new starts", async () => {
    const queue = inProcessQueue({ perOwner: 1, perInstance: 8 });
    const w = standIn();
    const stop = queue.work(w.worker);
    await queue.enqueue([job("a1"), job("a2")]);
    await w.started("a1");
    stop();
    w.finish("a1");
    await queue.enqueue([job("b1", "bo")]);
    expect(await queue.queuedIn("t1")).toEqual([{ id: "a2", position: 1 }, { id: "b1", position: 2 }]);
    expect(w.running()).toEqual(["a1"]);
  });
});
