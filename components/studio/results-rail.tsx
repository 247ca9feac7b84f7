"use client";

import type { GenerationView } from "@/lib/views/generation";
import { BatchGroup } from "./batch-group";
import { GenerationCard } from "./generation-card";
import type { LiveState } from "./use-live-generations";

/** Consecutive generations of one batch form a group; everything else stands alone. */
function groupBatches(generations: GenerationView[]): (GenerationView | GenerationView[])[] {
  const sizes = new Map<string, number>();
  for (const g of generations) if (g.batchId) sizes.set(g.batchId, (sizes.get(g.batchId) ?? 0) + 1);
  const out: (GenerationView | GenerationView[])[] = [];
  for (const g of generations) {
    const last = out.at(-1);
    if (!g.batchId || (sizes.get(g.batchId) ?? 0) < 2) out.push(g);
    else if (Array.isArray(last) && last[0]?.batchId === g.batchId) last.push(g);
    else out.push([g]);
  }
  return out;
}

export function ResultsRail(props: {
  generations: GenerationView[];
  live: Record<string, LiveState>;
  selectedImageId?: string;
  onSelect: (imageId: string) => void;
}) {
  const shared = { live: props.live, selectedImageId: props.selectedImageId, onSelect: props.onSelect };
  return (
    <section aria-label="Results" className="flex h-full flex-col">
      <h2 className="border-b border-line px-4 py-2.5 text-xs font-medium uppercase tracking-wide text-muted">Results</h2>
      {props.generations.length === 0 ? (
        <p className="p-4 text-sm text-muted">Your generations appear here as they render, with their cost.</p>
      ) : (
        <div className="flex-1 space-y-3 overflow-y-auto p-3" data-testid="results">
          {groupBatches(props.generations).map((item) =>
            Array.isArray(item) ? (
              <BatchGroup key={item[0]!.batchId} generations={item} {...shared} />
            ) : (
              <GenerationCard key={item.id} generation={item} live={props.live[item.id]} selectedImageId={props.selectedImageId} onSelect={props.onSelect} />
            ),
          )}
        </div>
      )}
    </section>
  );
}
