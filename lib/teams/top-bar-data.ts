// The top bar's reads, done on the page side so the bar itself only renders props.
import "server-only";
import type { Member } from "@/lib/auth/member";
import { unreadCount } from "@/lib/db/activity";
import { monthSpend } from "@/lib/db/queries";
import { defaultProvider } from "@/lib/db/providers";
import { listMyTeams } from "@/lib/db/teams";
import { can } from "@/lib/permissions";
import { providerMode, remoteBaseURL } from "@/lib/provider/settings";
import { monthSpendLabel } from "@/lib/views/month-spend";
import type { TopBarData } from "@/lib/views/top-bar";

export async function loadTopBarData(member: Member): Promise<TopBarData> {
  const [spend, teams, unread, teamProvider] = await Promise.all([
    monthSpend({ teamId: member.team.id }),
    listMyTeams(member.user.id),
    unreadCount({ teamId: member.team.id, userId: member.user.id, canDecide: can(member.role, "decide") }),
    defaultProvider({ teamId: member.team.id }),
  ]);
  return {
    currentTeamId: member.team.id,
    teams: teams.map(({ teamId, name }) => ({ teamId, name })),
    user: { name: member.user.name ?? member.user.email, email: member.user.email, role: member.role },
    // The team's default provider by its name, else the environment's (null: the emulator).
    providerHost: teamProvider ? teamProvider.name : providerMode() === "emulator" ? null : new URL(remoteBaseURL()).host,
    spend: monthSpendLabel(spend),
    unread,
  };
}
