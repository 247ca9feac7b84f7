// Counting failed sign-ins per key (an account or an address) in a sliding window.
import "server-only";
import { prisma } from "./client";

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

/** The latest moment any of the keys is locked until, or null when none is. */
export async function lockedUntil(keys: string[], now = new Date()): Promise<Date | null> {
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function recordFailure(key: string, policy: ThrottlePolicy, now = new Date()): Promise<void> {
  const row = await prisma.signInThrottle.findUnique({ where: { key } });
  const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > policy.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const lock = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : null;
  await prisma.signInThrottle.upsert({
    where: { key },
    create: { key, failures, windowStartedAt: now, lockedUntil: lock },
    update: { failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil: lock },
  });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
