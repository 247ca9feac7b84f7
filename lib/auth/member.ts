// The person, their current team and their role in it: what every page, action and route
// needs before it may touch team data.
import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { findMembership, listMyTeams } from "@/lib/db/teams";
import { setSessionTeam } from "@/lib/db/users";
import { can, isRole, type Permission, type Role } from "@/lib/permissions";
import { currentSession, type SignedIn } from "./session";

export interface Member {
  session: SignedIn;
  user: SignedIn["user"];
  team: { id: string; name: string };
  role: Role;
  membershipId: string;
}

export type Resolved =
  | { status: "signed-out" }
  | { status: "no-team"; session: SignedIn }
  | { status: "member"; member: Member };

export const resolveMember = cache(async (): Promise<Resolved> => {
  const session = await currentSession();
  if (!session) return { status: "signed-out" };

  // The session's read brings the membership along (one statement); otherwise it is read here.
  let membership = session.teamId ? (session.membership !== undefined ? session.membership : await findMembership(session.user.id, session.teamId)) : null;
  if (!membership) {
    // No team chosen yet, or removed from it since: fall back to another team of theirs.
    const first = (await listMyTeams(session.user.id))[0];
    if (!first) return { status: "no-team", session };
    membership = await findMembership(session.user.id, first.teamId);
    if (!membership) return { status: "no-team", session };
    await setSessionTeam(session.sessionId, first.teamId);
  }
  if (!isRole(membership.role)) throw new Error(`Unknown role ${membership.role}`);
  return {
    status: "member",
    member: { session, user: session.user, team: membership.team, role: membership.role, membershipId: membership.id },
  };
});

/** The current member, allowed to do `permission`; otherwise an AppError a person can read. */
export async function requireMember(permission: Permission): Promise<Member> {
  const resolved = await resolveMember();
  if (resolved.status === "signed-out") throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again to continue.");
  if (resolved.status === "no-team") throw new AppError("FORBIDDEN", "You are not a member of any team. Create one or ask for an invitation.");
  const { member } = resolved;
  if (!can(member.role, permission)) {
    throw new AppError("FORBIDDEN", `As a ${member.role} of ${member.team.name} you cannot do this. Ask an owner or admin for a different role.`);
  }
  return member;
}

export async function requireSession(): Promise<SignedIn> {
  const session = await currentSession();
  if (!session) throw new AppError("UNAUTHORIZED", "Your session has ended. Sign in again to continue.");
  return session;
}
