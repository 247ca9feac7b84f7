"use client";

// Looking at the feed clears the unread badge: what concerned you up to the moment the page
// was made is marked seen, and the bar's badge is told to clear. The page is not re-read, so
// its "new" marks stay for this visit.
import { useAction } from "next-safe-action/hooks";
import { useEffect } from "react";
import { ACTIVITY_SEEN } from "@/components/layout/activity-link";
import { markActivitySeenAction } from "@/lib/actions/activity/mark-activity-seen";

export function MarkSeen({ upTo, unread }: { upTo: string; unread: number }) {
  const { execute } = useAction(markActivitySeenAction, { onSuccess: () => window.dispatchEvent(new Event(ACTIVITY_SEEN)) });
  useEffect(() => {
    if (unread > 0) execute({ upTo });
  }, [execute, upTo, unread]);
  return null;
}
