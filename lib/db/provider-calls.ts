// The per-person record of provider calls asked for, for the rate limit (lib/submissions/limits.ts).
// Keyed by the person, not the team: the limit follows the person across their teams.
import "server-only";
import { prisma } from "./client";
import { serializeOn } from "./dialect";

export interface RecentCalls {
  createdAt: Date;
  calls: number;
}

/**
 * In one transaction: reads the person's calls since `windowStart` (oldest first), lets `check`
 * refuse by throwing, and otherwise records `calls` at `now`. Parallel submissions of one person
 * take turns (SQLite runs one writer at a time; on PostgreSQL a lock on the person's key), so
 * each sees the others' rows: none can pass a limit another has filled, on any instance.
 */
export async function recordCalls(opts: {
  userId: string;
  calls: number;
  now: Date;
  windowStart: Date;
  check: (recent: RecentCalls[]) => void;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await serializeOn(tx, `provider-calls:${opts.userId}`);
    // A write first takes the write lock at once, rather than upgrading a read lock later;
    // rows out of the window have no use, so pruning them is that write.
    await tx.providerCallLog.deleteMany({ where: { createdAt: { lt: opts.windowStart } } });
    const recent = await tx.providerCallLog.findMany({
      where: { userId: opts.userId, createdAt: { gte: opts.windowStart } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, calls: true },
    });
    opts.check(recent);
    await tx.providerCallLog.create({ data: { userId: opts.userId, calls: opts.calls, createdAt: opts.now } });
    // A burst of submissions waits its turn here (a few ms each) rather than failing to start.
  }, { maxWait: 10_000, timeout: 10_000 });
}
