"use client";

// Generations queued together (a bulk edit: one per prompt or per image) shown as one grid,
// with how far the batch has come and what it has cost so far.
import { formatUsd } from "@/lib/images/cost";
import { add, parseDecimal, toDecimalString } from "@/lib/images/decimal";
import { isFinished } from "@/lib/generations/status";
import type { GenerationView } from "@/lib/views/generation";
import { GenerationCard } from "./generation-card";
import type { LiveState } from "./use-live-generations";

export function BatchGroup(props: {
  generations: GenerationView[];
  live: Record<string, LiveState>;
  selectedImageId?: string;
  onSelect: (imageId: string) => void;
}) {
  const done = props.generations.filter((g) => isFinished(g.status)).length;
  const costs = props.generations.map((g) => g.costUsd).filter((c): c is string => c !== null);
  const spent = costs.length ? formatUsd(toDecimalString(costs.map(parseDecimal).reduce(add))) : null;
  return (
    <section className="space-y-2 rounded-lg border border-line p-2" data-testid="batch" aria-label={`Batch of ${props.generations.length}`}>
      <header className="flex items-center justify-between px-1 text-xs text-muted">
        <span>
          Batch · {props.generations.length} edits · {done === props.generations.length ? "done" : `${done} of ${props.generations.length} done`}
        </span>
        {spent && <span className="tabular-nums text-fg">{spent}</span>}
      </header>
      <div className="h-1 overflow-hidden rounded bg-raised" aria-hidden>
        <div className="h-full bg-accent transition-all" style={{ width: `${(100 * done) / props.generations.length}%` }} />
      </div>
      <div className="grid grid-cols-2 gap-2">
        {props.generations.map((g) => (
          <GenerationCard key={g.id} generation={g} live={props.live[g.id]} selectedImageId={props.selectedImageId} onSelect={props.onSelect} compact />
        ))}
      </div>
    </section>
  );
}
