import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "./client";
import { clearFailures, refundAttempt, takeAttempt } from "./throttle";

const policy = { maxFailures: 3, windowMs: 60_000, lockMs: 120_000 };
const t0 = new Date("2026-11-21T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

beforeEach(async () => {
  await prisma.signInThrottle.deleteMany();
});

describe("sign-in throttle", () => {
  it("allows the policy's attempts, then pauses the key until the pause runs out", async () => {
    for (const ms of [0, 1000, 2000]) expect(await takeAttempt("account:a@x", policy, later(ms))).toEqual({ allowed: true });
    expect(await takeAttempt("account:a@x", policy, later(3000))).toEqual({ allowed: false, until: later(122_000) });
    expect(await takeAttempt("account:a@x", policy, later(122_001))).toEqual({ allowed: true });
  });

  it("counts every attempt of a parallel burst before any can pass: exactly the limit go ahead", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => takeAttempt("account:burst@x", policy, t0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it("forgets attempts older than the window", async () => {
    await takeAttempt("ip:1", policy, t0);
    await takeAttempt("ip:1", policy, later(1000));
    // A new window: the count restarts, so three more go ahead.
    for (let i = 0; i < 3; i++) expect((await takeAttempt("ip:1", policy, later(61_001))).allowed).toBe(true);
    expect((await takeAttempt("ip:1", policy, later(61_002))).allowed).toBe(false);
  });

  it("a refunded attempt (a success) gives its place back and lifts a pause it started", async () => {
    for (let i = 0; i < 3; i++) await takeAttempt("ip:2", policy, t0);
    await refundAttempt("ip:2", policy);
    expect((await takeAttempt("ip:2", policy, later(10))).allowed).toBe(true);
    expect((await takeAttempt("ip:2", policy, later(20))).allowed).toBe(false);
  });

  it("clearing one key leaves the others", async () => {
    for (let i = 0; i < 4; i++) await takeAttempt("ip:3", policy, t0);
    await takeAttempt("account:b@x", policy, t0);
    await clearFailures("account:b@x");
    expect((await takeAttempt("ip:3", policy, later(10))).allowed).toBe(false);
    expect(await prisma.signInThrottle.findUnique({ where: { key: "account:b@x" } })).toBeNull();
  });
});
