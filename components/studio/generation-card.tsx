"use client";

import { CostLabel } from "@/components/generation/cost-label";
import { ImageTile, PendingTile } from "@/components/generation/image-tile";
import { StatusBadge } from "@/components/generation/status-badge";
import type { GenerationView } from "@/lib/generations/view";
import type { LiveState } from "./use-live-generations";

function aspectOf(size: unknown): string {
  const m = typeof size === "string" ? /^(\d+)x(\d+)$/.exec(size) : null;
  return m ? `${m[1]} / ${m[2]}` : "1 / 1";
}

/** One submission in the results rail: its prompt, progress, images and cost. */
export function GenerationCard(props: {
  generation: GenerationView;
  live?: LiveState;
  selectedImageId?: string;
  onSelect: (imageId: string) => void;
}) {
  const g = props.generation;
  const count = Number(g.params.n ?? 1);
  const pending = g.status === "queued" || g.status === "running";
  return (
    <article data-testid="generation" data-generation-id={g.id} className="space-y-2 rounded-lg border border-line bg-surface p-3">
      <header className="flex items-start justify-between gap-2">
        <p className="line-clamp-2 text-sm" title={g.prompt}>
          {g.prompt}
        </p>
        <StatusBadge status={g.status} position={props.live?.queuePosition} />
      </header>

      {pending && (
        <div className="grid grid-cols-2 gap-1.5">
          {Array.from({ length: count }, (_, i) => (
            <PendingTile key={i} aspect={aspectOf(g.params.size)} partial={props.live?.partials[i]} />
          ))}
        </div>
      )}

      {g.images.length > 0 && (
        <div className="grid grid-cols-2 gap-1.5">
          {g.images.map((img) => (
            <button
              key={img.id}
              type="button"
              onClick={() => props.onSelect(img.id)}
              aria-label={`Show image ${img.index + 1} of “${g.prompt.slice(0, 40)}”`}
              aria-pressed={props.selectedImageId === img.id}
              className={`rounded ring-offset-2 ring-offset-surface ${props.selectedImageId === img.id ? "ring-2 ring-accent" : ""}`}
            >
              <ImageTile image={img} alt={g.prompt} />
            </button>
          ))}
        </div>
      )}

      {g.errorMessage && (
        <p role="alert" data-testid="generation-error" className="rounded bg-danger/10 p-2 text-xs text-danger">
          {g.errorMessage}
          {g.requestId && <span className="mt-1 block font-mono text-[10px] opacity-70">request {g.requestId}</span>}
        </p>
      )}

      <footer className="flex items-center justify-between text-xs text-muted">
        <span>
          {String(g.params.size ?? "auto")} · {String(g.params.quality ?? "auto")} · {count} image{count > 1 ? "s" : ""}
        </span>
        <CostLabel generation={g} />
      </footer>
    </article>
  );
}
