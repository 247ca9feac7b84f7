"use client";

// The gallery's filters as a form whose every field is a query parameter: it submits to
// /gallery (a plain GET without script), so a view is an address to share or reload.
import { Search } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { filtersFromQuery, filtersToQuery, type GalleryFilters } from "@/lib/views/gallery";
import { REVIEW_STATES, REVIEW_STATE_LABELS } from "@/lib/views/review-states";
import { ProjectFilter } from "./project-filter";

interface Option {
  id: string;
  name: string;
}

export interface FilterOptions {
  authors: Option[];
  /** The team's recently used few; the picker searches for the rest. */
  projects: Option[];
  /** The project the address filters by, whether or not it is recent. */
  project: Option | null;
  models: string[];
}

const control = "w-full rounded border border-line bg-raised px-2 py-1.5 text-sm text-fg focus:border-accent focus:outline-none";

function Select(props: { name: keyof GalleryFilters; label: string; value?: string; options: [string, string][]; any?: string; disabled?: boolean }) {
  return (
    <label className={`block min-w-32 flex-1 space-y-1 ${props.disabled ? "opacity-50" : ""}`}>
      <span className="text-xs font-medium text-muted">{props.label}</span>
      <select name={props.name} defaultValue={props.value ?? ""} disabled={props.disabled} className={control} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
        {props.any !== undefined && <option value="">{props.any}</option>}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Input(props: { name: keyof GalleryFilters; label: string; value?: string; type: string; step?: string; placeholder?: string }) {
  const { label, value, ...rest } = props;
  return (
    <label className="block w-32 space-y-1">
      <span className="text-xs font-medium text-muted">{label}</span>
      <input {...rest} defaultValue={value ?? ""} min={props.type === "number" ? 0 : undefined} className={control} />
    </label>
  );
}

export function FilterBar({ filters, options, error }: { filters: GalleryFilters; options: FilterOptions; error?: string }) {
  const router = useRouter();
  // Stopped runs have no image: review, picks and stars do not apply to them.
  const runs = filters.status !== undefined;
  // On a phone the finer filters fold under one button, so the grid starts on the first screen.
  const [more, setMore] = useState(false);
  const active = (["status", "author", "project", "model", "review", "pick", "from", "to", "min", "max", "fav"] as const).filter((k) => filters[k]).length;
  return (
    <form
      action="/gallery"
      method="get"
      role="search"
      aria-label="Filter the gallery"
      data-testid="gallery-filters"
      className="space-y-3 rounded-lg border border-line bg-surface p-3"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const parsed = filtersFromQuery(new URLSearchParams([...data.entries()].map(([k, v]) => [k, String(v)])));
        // An invalid field goes to the page as typed, which says what is wrong with it.
        const query = parsed.success ? filtersToQuery(parsed.data) : new URLSearchParams([...data.entries()].filter(([, v]) => v !== "").map(([k, v]) => [k, String(v)])).toString();
        router.push(query ? `/gallery?${query}` : "/gallery");
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <label className="block min-w-64 flex-[3] space-y-1">
          <span className="text-xs font-medium text-muted">Search prompts</span>
          <span className="relative block">
            <Search className="pointer-events-none absolute left-2 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
            <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="Words of the prompt, e.g. lighthouse dusk" className={`${control} pl-8`} data-testid="gallery-search" />
          </span>
        </label>
        <Select name="sort" label="Sort" value={filters.sort} options={[["newest", "Newest first"], ["oldest", "Oldest first"], ["cost", "Highest cost first"]]} />
        <button type="submit" className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-accent-fg hover:opacity-90">
          Apply
        </button>
        <Link href="/gallery" className="px-1 py-1.5 text-sm text-muted hover:text-fg">
          Clear
        </Link>
        <button
          type="button"
          aria-expanded={more}
          aria-controls="gallery-more-filters"
          onClick={() => setMore((v) => !v)}
          className="rounded border border-line px-3 py-1.5 text-sm text-fg md:hidden"
          data-testid="more-filters"
        >
          Filters{active > 0 ? ` (${active})` : ""}
        </button>
      </div>
      <div id="gallery-more-filters" className={`${more ? "flex" : "hidden"} flex-wrap items-end gap-3 md:flex`}>
        <Select name="status" label="Show" value={filters.status} any="Images" options={[["failed", "Failed runs"], ["canceled", "Canceled runs"], ["interrupted", "Interrupted runs"]]} />
        <Select name="author" label="Author" value={filters.author} any="Anyone" options={options.authors.map((a) => [a.id, a.name])} />
        <ProjectFilter selected={options.project} recent={options.projects} />
        <Select name="model" label="Model" value={filters.model} any="Any model" options={options.models.map((m) => [m, m])} />
        <Select name="review" label="Review" value={filters.review} any="Any state" options={REVIEW_STATES.map((s) => [s, REVIEW_STATE_LABELS[s]])} disabled={runs} />
        <Select name="pick" label="Picks" value={filters.pick} any="All" options={[["finalist", "Finalists"], ["discarded", "Discarded"], ["kept", "Not discarded"]]} disabled={runs} />
        <Input name="from" label="From" type="date" value={filters.from} />
        <Input name="to" label="To" type="date" value={filters.to} />
        <Input name="min" label="Cost from ($)" type="number" step="0.001" value={filters.min} placeholder="0" />
        <Input name="max" label="Cost to ($)" type="number" step="0.001" value={filters.max} placeholder="any" />
        <label className={`flex items-center gap-2 py-1.5 text-sm ${runs ? "opacity-50" : ""}`}>
          <input type="checkbox" name="fav" value="1" disabled={runs} defaultChecked={filters.fav === "1"} onChange={(e) => e.currentTarget.form?.requestSubmit()} className="size-4 accent-[var(--color-accent)]" />
          My favourites
        </label>
      </div>
      {error && (
        <p className="text-sm text-danger" role="alert" data-testid="gallery-filter-error">
          {error} Until it is corrected, the gallery shows everything.
        </p>
      )}
    </form>
  );
}
