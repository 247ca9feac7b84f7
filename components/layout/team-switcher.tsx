"use client";

// The current team, always visible; a person in several teams switches here.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { switchTeamAction } from "@/lib/actions/teams/switch-team";
import type { TopBarData } from "@/lib/views/top-bar";

const NEW_TEAM = "__new__";

export function TeamSwitcher({ current, teams }: { current: string; teams: TopBarData["teams"] }) {
  const router = useRouter();
  const { execute, isPending } = useAction(switchTeamAction, {
    onSuccess: () => router.push("/studio"),
    onError: ({ error }) => toast.error(error.serverError ?? "Could not switch teams."),
  });
  return (
    <label className="flex items-center gap-1.5 text-sm">
      <span className="sr-only">Current team</span>
      <select
        data-testid="team-switcher"
        value={current}
        disabled={isPending}
        onChange={(e) => (e.target.value === NEW_TEAM ? router.push("/welcome?new=1") : execute({ teamId: e.target.value }))}
        className="max-w-48 truncate rounded border border-line bg-raised px-2 py-1 text-sm font-medium focus:border-accent focus:outline-none"
      >
        {teams.map((t) => (
          <option key={t.teamId} value={t.teamId}>
            {t.name}
          </option>
        ))}
        <option value={NEW_TEAM}>+ New team…</option>
      </select>
    </label>
  );
}
