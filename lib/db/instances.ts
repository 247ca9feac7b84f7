// The app instances sharing this database, by heartbeat (docs/deployment.md). An instance is
// live while its heartbeat is younger than the stale age; the running work of any other (a
// crashed process, one that was killed, a row from before instances were recorded) is settled
// by whichever live instance sweeps first. System-wide on purpose, like lib/db/unfinished.ts.
import "server-only";
import { prisma } from "./client";

export interface InstanceRow {
  id: string;
  workers: string[];
}

/** Records that this instance is alive, with its names in the job queue. */
export async function beat(id: string, workers: readonly string[], now = new Date()): Promise<void> {
  const data = { heartbeatAt: now, workers: JSON.stringify(workers), stoppedAt: null };
  await prisma.instance.upsert({ where: { id }, create: { id, startedAt: now, ...data }, update: data });
}

/** The instances whose heartbeat is fresh (this one included once it has beaten). */
export async function liveInstances(staleBefore: Date): Promise<string[]> {
  const rows = await prisma.instance.findMany({ where: { heartbeatAt: { gte: staleBefore }, stoppedAt: null }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Instances whose heartbeat stopped (or that said they stopped), with their queue names. */
export async function deadInstances(staleBefore: Date): Promise<InstanceRow[]> {
  const rows = await prisma.instance.findMany({
    where: { OR: [{ heartbeatAt: { lt: staleBefore } }, { stoppedAt: { not: null } }] },
    select: { id: true, workers: true },
  });
  return rows.map((r) => ({ id: r.id, workers: parseWorkers(r.workers) }));
}

/**
 * Forgets a dead instance once its work is settled; true only for the one caller that removed
 * it (two peers sweeping together settle with conditional updates, so either order is safe).
 */
export async function forgetInstance(id: string, staleBefore: Date): Promise<boolean> {
  const { count } = await prisma.instance.deleteMany({ where: { id, OR: [{ heartbeatAt: { lt: staleBefore } }, { stoppedAt: { not: null } }] } });
  return count === 1;
}

/** A clean stop: the instance is no longer live, at once (its peers need not wait for staleness). */
export async function markStopped(id: string): Promise<void> {
  await prisma.instance.updateMany({ where: { id }, data: { stoppedAt: new Date() } });
}

function parseWorkers(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((w): w is string => typeof w === "string") : [];
  } catch {
    return [];
  }
}
