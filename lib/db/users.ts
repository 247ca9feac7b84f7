// People and their sign-in sessions.
import "server-only";
import { randomBytes } from "node:crypto";
import { accessChanged } from "@/lib/access-changed";
import { prisma } from "./client";

export const SESSION_DAYS = 30;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserByEmail(email: string) {
  return prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
}

export async function createPasswordUser(input: { email: string; name: string; passwordHash: string }) {
  return prisma.user.create({
    data: { email: normalizeEmail(input.email), name: input.name.trim(), passwordHash: input.passwordHash },
    select: { id: true, email: true, name: true },
  });
}

/** A new sign-in: the row every later request is checked against. */
export async function createSession(userId: string): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  await prisma.session.create({ data: { sessionToken, userId, expires } });
  return sessionToken;
}

export async function findLiveSession(sessionToken: string) {
  const row = await prisma.session.findUnique({
    where: { sessionToken },
    select: { id: true, teamId: true, expires: true, user: { select: { id: true, email: true, name: true } } },
  });
  return row && row.expires > new Date() ? row : null;
}

export async function deleteSession(sessionToken: string): Promise<void> {
  const row = await prisma.session.findUnique({ where: { sessionToken }, select: { userId: true } });
  await prisma.session.deleteMany({ where: { sessionToken } });
  if (row) accessChanged({ userId: row.userId }); // this sign-in's open event streams re-check and end
}

export async function setSessionTeam(sessionId: string, teamId: string): Promise<void> {
  await prisma.session.update({ where: { id: sessionId }, data: { teamId } });
}

/** The prompt panel's last parameters for this person (without the prompt), or null. */
export async function getLastParams(userId: string): Promise<unknown> {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { lastParams: true } });
  return row?.lastParams ?? null;
}

export async function saveLastParams(userId: string, params: Record<string, unknown>): Promise<void> {
  const { prompt, ...rest } = params;
  void prompt;
  await prisma.user.update({ where: { id: userId }, data: { lastParams: rest as object } });
}
