import type { Metadata } from "next";
import Link from "next/link";
import { TrashList } from "@/components/gallery/trash-list";
import { requirePageMember } from "@/lib/auth/page";
import { canManage } from "@/lib/auth/ownership";
import { TRASH_DAYS, listTrash } from "@/lib/db/trash";

export const metadata: Metadata = { title: "Trash" };

export default async function TrashPage() {
  const member = await requirePageMember();
  const items = await listTrash({ teamId: member.team.id });
  const rows = items.map((item) => ({
    id: item.id,
    prompt: item.prompt,
    author: item.author,
    purgeAt: item.purgeAt.toISOString(),
    mayChange: canManage(member, item),
  }));
  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-7xl space-y-5 px-6 pb-10 pt-6">
        <header className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-xl font-semibold">Trash</h1>
          <p className="text-sm text-muted">Deleted images stay here for {TRASH_DAYS} days, then they are deleted for good.</p>
        </header>
        {rows.length === 0 ? <p className="text-sm text-muted" data-testid="trash-empty">The trash is empty.</p> : <TrashList items={rows} />}
        <Link href="/gallery" className="text-sm text-accent hover:underline">
          ← Back to the gallery
        </Link>
      </div>
    </div>
  );
}
