"use client";

// The bell in the top bar: the team's activity, with how much of it concerns you unread. The
// feed page clears it in place once it has marked what it showed as seen (ACTIVITY_SEEN), so
// the page itself keeps its "new" marks until the next visit.
import { Bell } from "lucide-react";
import Link from "next/link";
import { useEffect, useState } from "react";

/** Mirrors lib/db/activity.ts's UNREAD_CAP: past it the count reads "99+". */
const CAP = 99;
export const ACTIVITY_SEEN = "fresco:activity-seen";

export function ActivityLink(props: { unread: number }) {
  const [seen, setSeen] = useState(false);
  // A new count from the server (the next page) replaces a cleared one.
  const [shown, setShown] = useState(props.unread);
  if (shown !== props.unread) {
    setShown(props.unread);
    setSeen(false);
  }
  const unread = seen ? 0 : props.unread;
  useEffect(() => {
    const clear = () => setSeen(true);
    window.addEventListener(ACTIVITY_SEEN, clear);
    return () => window.removeEventListener(ACTIVITY_SEEN, clear);
  }, []);
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
