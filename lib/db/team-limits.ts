// A team's budget settings: the monthly team budget, per-person budgets, the per-request
// ceiling and the per-person rate limit. Null columns fall back to the environment's defaults.
import "server-only";
import { AppError } from "@/lib/errors";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

export interface TeamLimits {
  monthlyMicros: bigint | null;
  requestCeilingMicros: bigint | null;
  ratePerMinute: number | null;
}

const NONE: TeamLimits = { monthlyMicros: null, requestCeilingMicros: null, ratePerMinute: null };

export async function teamLimits(opts: { teamId: string }): Promise<TeamLimits> {
  const row = await prisma.teamBudget.findUnique({
    where: { teamId: opts.teamId },
    select: { monthlyMicros: true, requestCeilingMicros: true, ratePerMinute: true },
  });
  return row ?? NONE;
}

/** Sets the team's limits; a field left out stays as it is, a null goes back to the default. */
export async function setTeamLimits(opts: { teamId: string; limits: Partial<TeamLimits> }): Promise<void> {
  await prisma.teamBudget.upsert({
    where: { teamId: opts.teamId },
    create: { teamId: opts.teamId, ...opts.limits },
    update: opts.limits,
  });
}

export async function personBudget(opts: { teamId: string; userId: string }): Promise<bigint | null> {
  const row = await prisma.personBudget.findUnique({ where: { teamId_userId: { teamId: opts.teamId, userId: opts.userId } }, select: { monthlyMicros: true } });
  return row?.monthlyMicros ?? null;
}

export async function personBudgets(opts: { teamId: string }): Promise<Map<string, bigint>> {
  const rows = await prisma.personBudget.findMany({ where: { teamId: opts.teamId }, select: { userId: true, monthlyMicros: true } });
  return new Map(rows.map((r) => [r.userId, r.monthlyMicros]));
}

/** Sets (or with null removes) a member's monthly budget; someone not in the team is "Not found." */
export async function setPersonBudget(opts: { teamId: string; userId: string; monthlyMicros: bigint | null }): Promise<void> {
  const key = { teamId_userId: { teamId: opts.teamId, userId: opts.userId } };
  if (!(await prisma.membership.findUnique({ where: key, select: { id: true } }))) throw new AppError("NOT_FOUND", NOT_FOUND);
  if (opts.monthlyMicros === null) {
    await prisma.personBudget.deleteMany({ where: { teamId: opts.teamId, userId: opts.userId } });
    return;
  }
  await prisma.personBudget.upsert({
    where: key,
    create: { teamId: opts.teamId, userId: opts.userId, monthlyMicros: opts.monthlyMicros },
    update: { monthlyMicros: opts.monthlyMicros },
  });
}
