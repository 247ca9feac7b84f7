// Cross-team rows for teams: members, invites, switching, and the doors that act on the
// caller's own team (rename, delete, leave, accept an invite).
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { who } from "@/lib/testing/signed-in";
import { join, makeInvite, makePerson, makeTeam } from "@/lib/testing/people";
import { changeRoleAction } from "@/lib/actions/teams/change-role";
import { removeMemberAction } from "@/lib/actions/teams/remove-member";
import { revokeInviteAction } from "@/lib/actions/teams/revoke-invite";
import { switchTeamAction } from "@/lib/actions/teams/switch-team";
import { createInviteAction } from "@/lib/actions/teams/create-invite";
import { renameTeamAction } from "@/lib/actions/teams/rename-team";
import { createTeamAction } from "@/lib/actions/teams/create-team";
import { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import { leaveTeamAction } from "@/lib/actions/teams/leave-team";
import { acceptInviteAction } from "@/lib/actions/teams/accept-invite";
import { a, b, ended, succeeded, type Row, type SessionRow } from "./fixture";

export const teamRows: Row[] = [

  {
    name: "change a member's role", door: "changeRoleAction",
    call: (id) => changeRoleAction({ membershipId: id, role: "viewer" }),
    foreign: () => a.memberId,
    own: async () => join(await makePerson("Bim"), b.teamId, "member"),
    ok: succeeded,
  },
  {
    name: "remove a member", door: "removeMemberAction",
    call: (id) => removeMemberAction({ membershipId: id }),
    foreign: () => a.memberId,
    own: async () => join(await makePerson("Bo"), b.teamId, "member"),
    ok: succeeded,
  },
  {
    name: "revoke an invite", door: "revokeInviteAction",
    call: (id) => revokeInviteAction({ inviteId: id }),
    foreign: () => a.inviteId,
    own: async () => (await makeInvite(b.teamId, b.owner.user.id)).id,
    ok: succeeded,
  },
  { name: "switch to a team", door: "switchTeamAction", call: (id) => switchTeamAction({ teamId: id }), foreign: () => a.teamId, own: async () => b.teamId, ok: succeeded },
];

export const teamSessionRows: SessionRow[] = [
  {
    door: "createInviteAction",
    name: "an invite is to the caller's team",
    act: async () => {
      who.current = b.owner;
      const { data } = await createInviteAction({ role: "member" });
      expect(data?.token).toBeTruthy();
      expect(await prisma.invite.count({ where: { teamId: b.teamId, revokedAt: null } })).toBeGreaterThan(0);
    },
  },
  {
    door: "renameTeamAction",
    name: "the caller's team is renamed",
    act: async () => {
      who.current = b.owner;
      expect((await renameTeamAction({ name: "Team B" })).data).toEqual({ name: "Team B" });
    },
  },
  {
    door: "createTeamAction",
    name: "a new team is the caller's",
    act: async () => {
      who.current = await makePerson("Cy");
      const { data } = await createTeamAction({ name: "Team C" });
      expect(await prisma.membership.findFirst({ where: { teamId: data!.teamId, userId: who.current.user.id, role: "owner" } })).toBeTruthy();
    },
  },
  {
    door: "deleteTeamAction",
    name: "only the caller's own team is deleted",
    act: async () => {
      const owner = await makePerson("Di");
      const teamId = await makeTeam(owner, "Team D");
      who.current = owner;
      await ended(deleteTeamAction({ confirmName: "Team D" }));
      expect(await prisma.team.findUnique({ where: { id: teamId } })).toBeNull();
    },
  },
  {
    door: "leaveTeamAction",
    name: "only the caller's own membership ends",
    act: async () => {
      const leaver = await makePerson("Ed");
      const membershipId = await join(leaver, b.teamId, "member");
      who.current = leaver;
      await ended(leaveTeamAction({}));
      expect(await prisma.membership.findUnique({ where: { id: membershipId } })).toBeNull();
    },
  },
  {
    door: "acceptInviteAction",
    name: "an invite joins the team it was made for",
    act: async () => {
      who.current = await makePerson("Flo");
      const invite = await makeInvite(b.teamId, b.owner.user.id);
      expect((await acceptInviteAction({ token: invite.token })).data).toEqual({ teamId: b.teamId });
    },
  },
];
