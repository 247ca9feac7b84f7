import { describe, expect, it } from "vitest";
import type { QueuedJob } from "@/lib/ports/job-queue";
import { nextToStart } from "./queue-limits";

const jobs = (owner: string, n: number, from = 0): QueuedJob[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${owner}${from + i}`, owner, teamId: "t" }));

describe("job queue", () => {
  it("starts at most 4 jobs per person", () => {
    expect(nextToStart(jobs("a", 10), [], { perOwner: 4, perInstance: 8 }).map((j) => j.id)).toEqual(["a0", "a1", "a2", "a3"]);
  });

  it("lets a second person past a long queue of the first", () => {
    const queue = [...jobs("a", 6), ...jobs("b", 2)];
    expect(nextToStart(queue, jobs("a", 2, 90), { perOwner: 4, perInstance: 8 }).map((j) => j.id)).toEqual(["a0", "a1", "b0", "b1"]);
  });

  it("never runs more than 8 jobs in the process", () => {
    const queue = [...jobs("a", 3), ...jobs("b", 3), ...jobs("c", 3)];
    const started = nextToStart(queue, [], { perOwner: 4, perInstance: 8 });
    expect(started).toHaveLength(8);
    expect(nextToStart(queue, [...jobs("x", 8)], { perOwner: 4, perInstance: 8 })).toEqual([]);
  });
});
