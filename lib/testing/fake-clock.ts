// A clock for tests: a sleep ends at once and is recorded, and now() moves on by what was
// slept, so a test asserts the waits a policy asked for (a 1 s retry-after, twice) without
// spending them, and nothing depends on how busy the machine is.
import type { Clock } from "@/lib/ports/clock";

export interface FakeClock extends Clock {
  /** Every sleep asked for, in order, in ms. */
  readonly waits: number[];
}

export function fakeClock(start = Date.parse("2026-01-01T09:00:00Z")): FakeClock {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      waits.push(ms);
      now += ms;
    },
  };
}
