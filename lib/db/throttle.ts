// Counting sign-in attempts per key (an account or an address) in a window. An attempt is
// counted before the password is checked, by one statement that adds one and returns the new
// count (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), so parallel guesses cannot all pass a
// check made before any of them was counted: of 25 at once, exactly `maxFailures` go ahead.
import "server-only";
import { prisma } from "./client";

export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export type Attempt = { allowed: true } | { allowed: false; until: Date };

/** Counts one attempt for `key`; refused once the window's count is past the policy's limit. */
export async function takeAttempt(key: string, policy: ThrottlePolicy, now = new Date()): Promise<Attempt> {
  const lockEnd = new Date(now.getTime() + policy.lockMs);
  // A window or a pause that has run out starts the count again. The condition is on the old
  // state, so when several attempts race only the first one resets.
  await prisma.signInThrottle.updateMany({
    where: {
      key,
      OR: [{ lockedUntil: { lte: now } }, { lockedUntil: null, windowStartedAt: { lte: new Date(now.getTime() - policy.windowMs) } }],
    },
    data: { failures: 0, windowStartedAt: now, lockedUntil: null },
  });
  const row = await prisma.signInThrottle.upsert({
    where: { key },
    create: { key, failures: 1, windowStartedAt: now, lockedUntil: policy.maxFailures <= 1 ? lockEnd : null },
    update: { failures: { increment: 1 } },
  });
  if (row.failures > policy.maxFailures) return { allowed: false, until: row.lockedUntil ?? lockEnd };
  if (row.failures === policy.maxFailures && row.failures > 1) {
    // The last attempt the window allows: the pause starts now, and a success lifts it.
    await prisma.signInThrottle.updateMany({ where: { key }, data: { lockedUntil: lockEnd } });
  }
  return { allowed: true };
}

/** Gives an attempt back: it succeeded, or it was stopped before any password was checked. */
export async function refundAttempt(key: string, policy: ThrottlePolicy): Promise<void> {
  await prisma.signInThrottle.updateMany({ where: { key, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } });
  await prisma.signInThrottle.updateMany({ where: { key, failures: { lt: policy.maxFailures } }, data: { lockedUntil: null } });
}

export async function clearFailures(key: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key } });
}
