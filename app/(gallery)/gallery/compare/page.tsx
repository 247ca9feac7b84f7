import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareView } from "@/components/gallery/compare-view";
import { requirePageMember } from "@/lib/auth/page";
import { getComparePair } from "@/lib/db/compare";

export const metadata: Metadata = { title: "Compare" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requirePageMember();
  const { a, b } = await searchParams;
  if (typeof a !== "string" || typeof b !== "string") notFound();
  const pair = await getComparePair({ teamId: member.team.id, a, b });
  if (!pair) notFound();

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-7xl space-y-4 p-6">
        <Link href={`/gallery/${pair.b.generationId}`} className="text-sm text-muted hover:text-fg">
          ← Back
        </Link>
        <h1 className="text-lg leading-snug">Compare</h1>
        <CompareView a={pair.a} b={pair.b} />
      </div>
    </div>
  );
}
