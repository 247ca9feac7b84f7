"use client";

// Looking at the feed clears the unread badge: what concerned you up to the moment the page
// was made is marked seen, then the bar is re-read. Only when something was unread, so the
// refresh cannot loop.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useEffect } from "react";
import { markActivitySeenAction } from "@/lib/actions/activity/mark-activity-seen";

export function MarkSeen({ upTo, unread }: { upTo: string; unread: number }) {
  const router = useRouter();
  const { execute } = useAction(markActivitySeenAction, { onSuccess: () => router.refresh() });
  useEffect(() => {
    if (unread > 0) execute({ upTo });
  }, [execute, upTo, unread]);
  return null;
}
