import type { Metadata } from "next";
import Link from "next/link";
import { GalleryGrid } from "@/components/gallery/gallery-grid";
import { requirePageMember } from "@/lib/auth/page";
import { listGenerations } from "@/lib/db/queries";

export const metadata: Metadata = { title: "Gallery" };
const PAGE_SIZE = 48;

export default async function GalleryPage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const member = await requirePageMember();
  const { after } = await searchParams;
  const page = await listGenerations({ teamId: member.team.id, take: PAGE_SIZE + 1, cursor: after });
  const generations = page.slice(0, PAGE_SIZE);
  const next = page.length > PAGE_SIZE ? generations.at(-1)?.id : undefined;

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-7xl space-y-6 p-6">
        <header className="flex items-baseline justify-between">
          <h1 className="text-xl font-semibold">Gallery</h1>
          <p className="text-sm text-muted">Everything {member.team.name} has made, newest first</p>
        </header>
        {generations.length === 0 ? (
          <div className="rounded-lg border border-dashed border-line p-10 text-center text-muted">
            <p className="text-lg text-fg">Nothing here yet</p>
            <p className="mt-1 text-sm">
              Images you generate in the <Link href="/studio" className="text-accent hover:underline">studio</Link> are kept
              here with their prompt, settings and cost.
            </p>
          </div>
        ) : (
          <GalleryGrid generations={generations} />
        )}
        <nav className="flex justify-between text-sm">
          {after ? <Link href="/gallery" className="text-accent hover:underline">← Newest</Link> : <span />}
          {next && <Link href={`/gallery?after=${next}`} className="text-accent hover:underline">Older →</Link>}
        </nav>
      </div>
    </div>
  );
}
