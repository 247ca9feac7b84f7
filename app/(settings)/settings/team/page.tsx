import type { Metadata } from "next";
import Link from "next/link";
import { BudgetSettings } from "@/components/settings/budgets/budget-settings";
import { DangerZone } from "@/components/team/danger-zone";
import { InviteForm } from "@/components/team/invite-form";
import { MembersList } from "@/components/team/members-list";
import { PendingInvites } from "@/components/team/pending-invites";
import { TeamNameForm } from "@/components/team/team-name-form";
import { requirePageMember } from "@/lib/auth/page";
import { assignableRoles, can } from "@/lib/permissions";
import { INVITE_DAYS, listPendingInvites } from "@/lib/db/invites";
import { listMembers } from "@/lib/db/teams";
import { mailConfigured } from "@/lib/teams/send-invite-email";
import { loadBudgetSettings } from "@/lib/submissions/budget-settings";

export const metadata: Metadata = { title: "Team settings" };

export default async function TeamSettingsPage() {
  const member = await requirePageMember();
  const teamId = member.team.id;
  const canManageMembers = can(member.role, "manage-members");
  const [members, invites] = await Promise.all([
    listMembers({ teamId }),
    // Who was invited, and by whom, is for the people who manage members.
    canManageMembers ? listPendingInvites({ teamId }) : [],
  ]);
  const owners = members.filter((m) => m.role === "owner").length;
  const viewer = { membershipId: member.membershipId, role: member.role, canManageMembers };

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-3xl space-y-10 px-6 py-8">
        <header className="space-y-1">
          <h1 className="text-xl font-semibold">Team settings</h1>
          <p className="text-sm text-muted">Who is in {member.team.name}, what each person may do, and how to bring more people in.</p>
          {can(member.role, "manage-providers") && (
            <p className="text-sm">
              <Link href="/settings/providers" className="text-accent hover:underline" data-testid="providers-link">
                Providers and keys →
              </Link>
            </p>
          )}
        </header>
        <TeamNameForm key={member.team.name} name={member.team.name} canEdit={can(member.role, "manage-team")} />
        <MembersList members={members} viewer={viewer} teamName={member.team.name} />
        {can(member.role, "manage-budgets") && <BudgetSettings view={await loadBudgetSettings(teamId)} />}
        {canManageMembers && (
          <>
            <InviteForm
              roles={assignableRoles(member.role)}
              teamName={member.team.name}
              mailConfigured={mailConfigured()}
              inviteDays={INVITE_DAYS}
            />
            <PendingInvites invites={invites} />
          </>
        )}
        <DangerZone
          teamName={member.team.name}
          canDelete={can(member.role, "delete-team")}
          lastOwner={member.role === "owner" && owners === 1}
        />
      </div>
    </div>
  );
}
