import type { Metadata } from "next";
import Link from "next/link";
import { ActivityFeed } from "@/components/review/activity-feed";
import { MarkSeen } from "@/components/review/mark-seen";
import { requirePageMember } from "@/lib/auth/page";
import { listActivity, parseCursor } from "@/lib/db/activity";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<{ for?: string | string[]; before?: string | string[] }> }) {
  const member = await requirePageMember();
  const { for: scope, before } = await searchParams;
  const forMe = scope === "me";
  const cursor = parseCursor(before);
  const upTo = new Date().toISOString();
  const viewer = { teamId: member.team.id, userId: member.user.id, canDecide: can(member.role, "decide") };
  const { items, next } = await listActivity({ ...viewer, forMe, before: cursor });
  const tab = (active: boolean) => `rounded px-2.5 py-1 ${active ? "bg-raised text-fg" : "text-muted hover:text-fg"}`;

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-3xl space-y-4 p-6">
        <MarkSeen upTo={upTo} unread={items.filter((i) => i.unread).length} />
        <div className="flex items-center justify-between gap-4">
          <h1 className="text-lg font-semibold">Activity in {member.team.name}</h1>
          <nav aria-label="Which activity" className="flex gap-1 text-sm">
            <Link href="/activity" className={tab(!forMe)} aria-current={!forMe ? "page" : undefined}>
              Everything
            </Link>
            <Link href="/activity?for=me" className={tab(forMe)} aria-current={forMe ? "page" : undefined} data-testid="activity-for-me">
              For me
            </Link>
          </nav>
        </div>
        {items.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line p-8 text-center text-sm text-muted">
            {forMe ? "Nothing concerns you yet: comments on your images, decisions on them and mentions of you show up here." : "Nothing has happened in this team yet. Make something in the studio."}
          </p>
        ) : (
          <ActivityFeed items={items} />
        )}
        {next && (
          <Link href={`/activity?${new URLSearchParams({ ...(forMe ? { for: "me" } : {}), before: next })}`} className="block text-center text-sm text-accent hover:underline">
            Older activity
          </Link>
        )}
      </div>
    </div>
  );
}
