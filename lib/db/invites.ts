// Invitation links. The token is shown once, to the person who makes the invite; only its
// hash is stored, so a copy of the database cannot be used to join a team.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import { prisma } from "./client";
import { NOT_FOUND } from "./teams";

export const INVITE_DAYS = 7;
/** 24 random bytes are 32 base64url characters: the shape lib/auth/schemas.ts accepts. */
export const INVITE_TOKEN_BYTES = 24;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createInvite(opts: { teamId: string; role: Role; invitedById: string; email?: string }) {
  // Its format is checked (inviteTokenSchema) before a token goes into a link or a redirect.
  const token = randomBytes(INVITE_TOKEN_BYTES).toString("base64url");
  const invite = await prisma.invite.create({
    data: {
      teamId: opts.teamId,
      role: opts.role,
      invitedById: opts.invitedById,
      email: opts.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
    },
    select: { id: true, expiresAt: true },
  });
  return { id: invite.id, token, expiresAt: invite.expiresAt.toISOString() };
}

export async function listPendingInvites(opts: { teamId: string }) {
  const rows = await prisma.invite.findMany({
    where: { teamId: opts.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { invitedBy: { select: { name: true, email: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((i) => ({
    id: i.id,
    role: i.role as Role,
    email: i.email,
    invitedBy: i.invitedBy?.name ?? i.invitedBy?.email ?? null,
    expiresAt: i.expiresAt.toISOString(),
  }));
}

export async function revokeInvite(opts: { teamId: string; inviteId: string }): Promise<void> {
  const { count } = await prisma.invite.updateMany({
    where: { id: opts.inviteId, teamId: opts.teamId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

export type InviteState = "valid" | "expired" | "used" | "revoked";

export async function findInvite(token: string) {
  const invite = await prisma.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { team: { select: { id: true, name: true } }, invitedBy: { select: { name: true, email: true } } },
  });
  if (!invite) return null;
  const state: InviteState = invite.revokedAt
    ? "revoked"
    : invite.acceptedAt
      ? "used"
      : invite.expiresAt <= new Date()
        ? "expired"
        : "valid";
  return {
    id: invite.id,
    state,
    role: invite.role as Role,
    team: invite.team,
    invitedBy: invite.invitedBy?.name ?? invite.invitedBy?.email ?? null,
  };
}

/** Joins the team with the invite's role, once; a person already in the team keeps their role. */
export async function acceptInvite(token: string, userId: string): Promise<{ teamId: string }> {
  return prisma.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!invite || invite.revokedAt || invite.acceptedAt || invite.expiresAt <= new Date()) {
      throw new AppError("NOT_FOUND", "This invitation link is no longer valid. Ask for a new one.");
    }
    await tx.invite.update({ where: { id: invite.id }, data: { acceptedAt: new Date(), acceptedById: userId } });
    const existing = await tx.membership.findUnique({ where: { teamId_userId: { teamId: invite.teamId, userId } } });
    if (!existing) await tx.membership.create({ data: { teamId: invite.teamId, userId, role: invite.role } });
    return { teamId: invite.teamId };
  });
}
