"use client";

// Failed, canceled and interrupted work: one line each (prompt, reason, cost), never a full
// card. More lines come from /api/gallery with the same filters.
import Link from "next/link";
import { useState } from "react";
import { StatusBadge } from "@/components/generation/status-badge";
import { formatUsd } from "@/lib/images/cost";
import { galleryPageSchema, type StoppedRun } from "@/lib/views/gallery";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function StoppedRuns({ initial, next: firstNext, filterQuery }: { initial: StoppedRun[]; next: string | null; filterQuery: string }) {
  const [runs, setRuns] = useState(initial);
  const [next, setNext] = useState(firstNext);
  const [state, setState] = useState<"idle" | "loading" | string>("idle");

  async function more() {
    if (!next) return;
    setState("loading");
    try {
      const res = await fetch(`/api/gallery?${filterQuery}&cursor=${encodeURIComponent(next)}`);
      const page = galleryPageSchema.parse(await res.json());
      if (page.view === "runs") setRuns((old) => [...old, ...page.items]);
      setNext(page.next);
      setState("idle");
    } catch {
      setState("The list could not load more. Try again.");
    }
  }

  return (
    <div className="space-y-3">
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface" data-testid="stopped-runs">
        {runs.map((r) => (
          <li key={r.id} className="flex items-center gap-3 px-3 py-2 text-sm" data-testid="stopped-run">
            <StatusBadge status={r.status} />
            <Link href={`/gallery/${r.id}`} className="min-w-0 flex-1 truncate hover:text-accent" title={r.prompt}>
              {r.prompt}
            </Link>
            <span className="hidden min-w-0 max-w-[40%] truncate text-muted md:block" title={r.reason ?? undefined}>
              {r.reason ?? "No reason recorded"}
            </span>
            <span className="w-20 shrink-0 text-right tabular-nums text-muted">{r.costUsd === null ? "unknown" : formatUsd(r.costUsd)}</span>
            <time className="hidden w-36 shrink-0 text-right text-xs text-muted lg:block" dateTime={r.createdAt}>
              {when.format(new Date(r.createdAt))}
            </time>
          </li>
        ))}
      </ul>
      {next && (
        <button type="button" onClick={more} disabled={state === "loading"} className="text-sm text-accent hover:underline disabled:opacity-50">
          {state === "loading" ? "Loading…" : "Show more"}
        </button>
      )}
      {state !== "idle" && state !== "loading" && <p className="text-sm text-danger">{state}</p>}
    </div>
  );
}
