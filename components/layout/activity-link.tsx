// The bell in the top bar: the team's activity, with how much of it concerns you unread.
import { Bell } from "lucide-react";
import Link from "next/link";

/** Mirrors lib/db/activity.ts's UNREAD_CAP: past it the count reads "99+". */
const CAP = 99;

export function ActivityLink({ unread }: { unread: number }) {
  const label = unread > CAP ? `${CAP}+` : String(unread);
  return (
    <Link
      href="/activity"
      className="relative grid size-8 place-items-center rounded text-muted hover:bg-raised hover:text-fg"
      aria-label={unread ? `Activity: ${label} unread` : "Activity"}
      data-testid="activity-link"
    >
      <Bell className="size-4" aria-hidden />
      {unread > 0 && (
        <span
          data-testid="activity-badge"
          className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-accent px-1 text-center text-[0.625rem] leading-4 font-semibold text-accent-fg tabular-nums"
        >
          {label}
        </span>
      )}
    </Link>
  );
}
