// What the bar above every signed-in page shows (loaded by lib/teams/top-bar-data.ts).
import type { SpendLabel } from "./month-spend";

export interface TopBarData {
  currentTeamId: string;
  /** Every team of the person, for the team switcher. */
  teams: { teamId: string; name: string }[];
  user: { name: string; email: string; role: string };
  /** The remote provider's host, or null when the offline emulator answers. */
  providerHost: string | null;
  spend: SpendLabel;
  /** Activity that concerns the person since they last looked (lib/db/activity.ts), capped. */
  unread: number;
}
