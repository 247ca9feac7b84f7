// Who may act on a piece of work (cancel it, delete it, pick among its images): its author,
// or an admin or owner of the team. One rule, read by every action that changes someone's work,
// so the actions cannot drift apart. Re-running a teammate's image is not on this list: it
// makes new work of one's own and leaves theirs untouched.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Member } from "./member";
import { can } from "@/lib/permissions";

/** The work's author; null once that person's account is deleted (then only admins and owners). */
export interface Authored {
  createdById: string | null;
}

export const NOT_YOURS = "This is a teammate's work: only its author, an admin or an owner can change it.";

export function canManage(member: Pick<Member, "user" | "role">, work: Authored): boolean {
  return work.createdById === member.user.id || can(member.role, "delete-any");
}

export function requireOwnership(member: Pick<Member, "user" | "role">, work: Authored): void {
  if (!canManage(member, work)) throw new AppError("FORBIDDEN", NOT_YOURS);
}
