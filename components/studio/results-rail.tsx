"use client";

import type { GenerationView } from "@/lib/generations/view";
import { GenerationCard } from "./generation-card";
import type { LiveState } from "./use-live-generations";

export function ResultsRail(props: {
  generations: GenerationView[];
  live: Record<string, LiveState>;
  selectedImageId?: string;
  onSelect: (imageId: string) => void;
}) {
  return (
    <section aria-label="Results" className="flex h-full flex-col">
      <h2 className="border-b border-line px-4 py-2.5 text-xs font-medium uppercase tracking-wide text-muted">Results</h2>
      {props.generations.length === 0 ? (
        <p className="p-4 text-sm text-muted">Your generations appear here as they render, with their cost.</p>
      ) : (
        <div className="flex-1 space-y-3 overflow-y-auto p-3" data-testid="results">
          {props.generations.map((g) => (
            <GenerationCard
              key={g.id}
              generation={g}
              live={props.live[g.id]}
              selectedImageId={props.selectedImageId}
              onSelect={props.onSelect}
            />
          ))}
        </div>
      )}
    </section>
  );
}
