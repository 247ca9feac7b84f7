// Everyone in the team, oldest first, with what each role may do one click away.
import { ROLE_LABELS, ROLES } from "@/lib/permissions";
import { MemberRow } from "./member-row";
import { SettingsSection } from "./settings-section";
import type { TeamMemberView, Viewer } from "./types";

export function MembersList({ members, viewer, teamName }: { members: TeamMemberView[]; viewer: Viewer; teamName: string }) {
  const count = `${members.length} ${members.length === 1 ? "person" : "people"}`;
  return (
    <SettingsSection
      title="Members"
      description={
        viewer.canManageMembers
          ? `${count} in ${teamName}. Change a role or remove someone here; a team always keeps at least one owner.`
          : `${count} in ${teamName}. Owners and admins manage who is in the team.`
      }
    >
      <ul aria-label="Members" className="divide-y divide-line rounded-lg border border-line bg-surface">
        {members.map((m) => (
          <MemberRow key={m.id} member={m} viewer={viewer} teamName={teamName} />
        ))}
      </ul>
      <details className="group rounded-lg border border-line bg-surface text-sm">
        <summary className="cursor-pointer list-none rounded-lg px-4 py-2.5 text-muted hover:text-fg">
          <span aria-hidden className="mr-2 inline-block transition group-open:rotate-90">›</span>
          What each role can do
        </summary>
        <dl className="grid grid-cols-[6rem_1fr] gap-x-4 gap-y-1.5 border-t border-line px-4 py-3">
          {ROLES.map((role) => (
            <div key={role} className="contents">
              <dt className="font-medium">{ROLE_LABELS[role].label}</dt>
              <dd className="text-muted">{ROLE_LABELS[role].description}</dd>
            </div>
          ))}
        </dl>
      </details>
    </SettingsSection>
  );
}
