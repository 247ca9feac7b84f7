// What the team settings page hands its client components: plain, serializable data.
import type { Role } from "@/lib/permissions";

export interface TeamMemberView {
  id: string; // membership id
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface PendingInviteView {
  id: string;
  role: Role;
  email: string | null;
  invitedBy: string | null;
  expiresAt: string;
}

/** The person looking at the page and what they may do there. */
export interface Viewer {
  membershipId: string;
  role: Role;
  canManageMembers: boolean;
}
