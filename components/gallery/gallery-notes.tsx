// The gallery's small print: what to do when nothing is there, and the one line that says how
// much work failed or stopped (listed apart, never as full cards).
import Link from "next/link";
import { filtersToQuery, type GalleryFilters } from "@/lib/views/gallery";

export function GalleryEmpty({ filtered }: { filtered: boolean }) {
  return (
    <div className="mt-5 rounded-lg border border-dashed border-line p-10 text-center text-muted" data-testid="gallery-empty">
      {filtered ? (
        <>
          <p className="text-lg text-fg">Nothing matches these filters</p>
          <p className="mt-1 text-sm">
            Try fewer words or another filter, or <Link href="/gallery" className="text-accent hover:underline">clear them all</Link>.
          </p>
        </>
      ) : (
        <>
          <p className="text-lg text-fg">Nothing here yet</p>
          <p className="mt-1 text-sm">
            Images you generate in the <Link href="/studio" className="text-accent hover:underline">studio</Link> are kept here with their prompt, settings and cost.
          </p>
        </>
      )}
    </div>
  );
}

const LABELS = { failed: "failed", canceled: "canceled", interrupted: "interrupted" } as const;

export function StoppedSummary({ counts, filters }: { counts: Record<keyof typeof LABELS, number>; filters: GalleryFilters }) {
  const shown = (Object.keys(LABELS) as (keyof typeof LABELS)[]).filter((s) => counts[s] > 0);
  if (shown.length === 0) return null;
  return (
    <p className="text-sm text-muted" data-testid="stopped-summary">
      {shown.map((status, i) => (
        <span key={status}>
          {i > 0 && " · "}
          <Link href={`/gallery?${filtersToQuery({ ...filters, status })}`} className={filters.status === status ? "text-fg" : "hover:text-fg"}>
            {counts[status]} {LABELS[status]}
          </Link>
        </span>
      ))}
    </p>
  );
}
