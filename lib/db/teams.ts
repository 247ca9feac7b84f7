// Teams and memberships. Every function that changes a team takes its id and checks that
// the membership it touches belongs to it, so an id from another team finds nothing.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import { accessChanged } from "@/lib/access-changed";
import { keysOfGenerations } from "./blob-references";
import { prisma } from "./client";

export const NOT_FOUND = "Not found.";

export interface TeamSummary {
  teamId: string;
  name: string;
  role: Role;
}

/**
 * The first sign-up of an install claims the team that holds work made before teams existed
 * (created by the teams migration); everyone else gets a new team.
 */
export async function createTeamWithOwner(userId: string, name: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const orphan = await tx.team.findFirst({ where: { memberships: { none: {} } }, select: { id: true } });
    const team = orphan
      ? await tx.team.update({ where: { id: orphan.id }, data: { name } })
      : await tx.team.create({ data: { name } });
    await tx.membership.create({ data: { teamId: team.id, userId, role: "owner" } });
    return team.id;
  });
}

export async function listMyTeams(userId: string): Promise<TeamSummary[]> {
  const rows = await prisma.membership.findMany({
    where: { userId },
    include: { team: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ teamId: m.teamId, name: m.team.name, role: m.role as Role }));
}

export async function findMembership(userId: string, teamId: string) {
  return prisma.membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: { id: true, role: true, team: { select: { id: true, name: true } } },
  });
}

/**
 * This person's role in the team, as long as the sign-in they came with is still live; null
 * otherwise. One read, for open event streams that re-check access while they last.
 */
export async function liveRole(opts: { teamId: string; userId: string; sessionId: string }): Promise<string | null> {
  const m = await prisma.membership.findFirst({
    where: { teamId: opts.teamId, userId: opts.userId, user: { sessions: { some: { id: opts.sessionId, expires: { gt: new Date() } } } } },
    select: { role: true },
  });
  return m?.role ?? null;
}

export async function listMembers(opts: { teamId: string }) {
  const rows = await prisma.membership.findMany({
    where: { teamId: opts.teamId },
    include: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((m) => ({ id: m.id, role: m.role as Role, userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.createdAt.toISOString() }));
}

export async function renameTeam(opts: { teamId: string; name: string }): Promise<void> {
  await prisma.team.update({ where: { id: opts.teamId }, data: { name: opts.name } });
}

export async function getMemberInTeam(opts: { teamId: string; membershipId: string }) {
  const m = await prisma.membership.findFirst({ where: { id: opts.membershipId, teamId: opts.teamId } });
  if (!m) throw new AppError("NOT_FOUND", NOT_FOUND);
  return { ...m, role: m.role as Role };
}

/** Changes a role, refusing to leave the team without an owner. */
export async function changeRole(opts: { teamId: string; membershipId: string; role: Role }): Promise<void> {
  const userId = await prisma.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({ where: { id: opts.membershipId, teamId: opts.teamId } });
    if (!m) throw new AppError("NOT_FOUND", NOT_FOUND);
    if (m.role === "owner" && opts.role !== "owner") await assertAnotherOwner(tx, opts.teamId, m.id);
    await tx.membership.update({ where: { id: m.id }, data: { role: opts.role } });
    return m.userId;
  });
  accessChanged({ teamId: opts.teamId, userId });
}

export async function removeMembership(opts: { teamId: string; membershipId: string }): Promise<void> {
  const userId = await prisma.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({ where: { id: opts.membershipId, teamId: opts.teamId } });
    if (!m) throw new AppError("NOT_FOUND", NOT_FOUND);
    if (m.role === "owner") await assertAnotherOwner(tx, opts.teamId, m.id);
    await tx.membership.delete({ where: { id: m.id } });
    return m.userId;
  });
  accessChanged({ teamId: opts.teamId, userId });
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function assertAnotherOwner(tx: Tx, teamId: string, exceptMembershipId: string) {
  const others = await tx.membership.count({ where: { teamId, role: "owner", id: { not: exceptMembershipId } } });
  if (others === 0) {
    throw new AppError("CONFLICT", "A team always keeps at least one owner: make someone else an owner first.");
  }
}

/**
 * Deletes the team and everything in it; returns the blob keys its rows held, for
 * releaseBlobs (deleteTeamAndFiles in lib/storage/deletions.ts is the one to call).
 */
export async function deleteTeam(opts: { teamId: string }): Promise<string[]> {
  const generations = await prisma.generation.findMany({ where: { teamId: opts.teamId }, select: { id: true } });
  const keys = await keysOfGenerations(generations.map((g) => g.id));
  // A project refuses to go while work is in it (Generation → Project is RESTRICT, so a race
  // with a delete can never orphan work): the team's generations go first, in one transaction.
  // Budget holds name their generation, not the team row, so they go here too.
  await prisma.$transaction([
    prisma.generation.deleteMany({ where: { teamId: opts.teamId } }),
    prisma.budgetReservation.deleteMany({ where: { teamId: opts.teamId } }),
    prisma.team.delete({ where: { id: opts.teamId } }),
  ]);
  accessChanged({ teamId: opts.teamId });
  return keys;
}
