import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "./client";
import { clearFailures, lockedUntil, recordFailure } from "./throttle";

const policy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 };
const t0 = new Date("2026-11-21T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

beforeEach(async () => {
  await prisma.signInThrottle.deleteMany();
});

describe("sign-in throttle", () => {
  it("locks a key after the allowed failures, until the lock runs out", async () => {
    await recordFailure("account:a@x", policy, t0);
    await recordFailure("account:a@x", policy, later(1000));
    expect(await lockedUntil(["account:a@x"], later(2000))).toBeNull();
    await recordFailure("account:a@x", policy, later(2000));
    expect(await lockedUntil(["account:a@x"], later(3000))).toEqual(later(122_000));
    expect(await lockedUntil(["account:a@x"], later(122_001))).toBeNull();
  });

  it("forgets failures older than the window", async () => {
    await recordFailure("ip:1", policy, t0);
    await recordFailure("ip:1", policy, later(1000));
    await recordFailure("ip:1", policy, later(61_001)); // a new window: count restarts at 1
    expect(await lockedUntil(["ip:1"], later(61_002))).toBeNull();
  });

  it("a lock on any of the keys counts, and clearing one key leaves the others", async () => {
    for (let i = 0; i < 3; i++) await recordFailure("ip:2", policy, t0);
    await recordFailure("account:b@x", policy, t0);
    await clearFailures("account:b@x");
    expect(await lockedUntil(["account:b@x", "ip:2"], later(10))).toEqual(later(120_000));
  });
});
