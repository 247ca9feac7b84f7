import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FilterBar } from "@/components/gallery/filter-bar";
import { GalleryEmpty, StoppedSummary } from "@/components/gallery/gallery-notes";
import { SelectableGallery } from "@/components/gallery/selectable-gallery";
import { StoppedRuns } from "@/components/gallery/stopped-runs";
import { requirePageMember } from "@/lib/auth/page";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { loadGallery } from "@/lib/teams/gallery-view";

export const metadata: Metadata = { title: "Gallery" };

type Query = Record<string, string | string[] | undefined>;

export default async function GalleryPage({ searchParams }: { searchParams: Promise<Query> }) {
  const member = await requirePageMember();
  // ?project=<id> of another team is as missing as an unknown one.
  const view = await loadGallery(member, await searchParams).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const { page, filterQuery } = view;
  const header = (
    <>
      <header className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold">Gallery</h1>
        <div className="flex items-baseline gap-4">
          <StoppedSummary counts={view.stopped} filters={view.filters} />
          <Link href="/gallery/trash" className="text-sm text-muted hover:text-fg" data-testid="open-trash">
            Trash
          </Link>
        </div>
      </header>
      <FilterBar key={filterQuery} filters={view.filters} options={view.options} error={view.error} />
    </>
  );

  if (page.view === "runs") {
    return (
      <div className="h-full overflow-y-auto">
        <div className="mx-auto max-w-7xl space-y-5 px-6 pb-10 pt-6">
          {header}
          {page.items.length === 0 ? <GalleryEmpty filtered /> : <StoppedRuns key={filterQuery} initial={page.items} next={page.next} filterQuery={filterQuery} />}
          <Link href="/gallery" className="text-sm text-accent hover:underline">
            ← Back to the images
          </Link>
        </div>
      </div>
    );
  }
  return (
    <SelectableGallery
      key={filterQuery}
      canDecide={can(member.role, "decide")}
      canGenerate={can(member.role, "generate")}
      projects={view.options.projects}
      initial={page.items}
      next={page.next}
      filterQuery={filterQuery}
      header={
        <>
          {header}
          {page.items.length === 0 && <GalleryEmpty filtered={filterQuery !== ""} />}
        </>
      }
    />
  );
}
