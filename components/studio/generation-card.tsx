"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { cancelGenerationAction } from "@/lib/actions/generations/cancel-generation";
import { EnlargedCompare } from "@/components/enlarge/enlarged-compare";
import { FinalistEnlarge } from "@/components/enlarge/finalist-enlarge";
import { CostLabel } from "@/components/generation/cost-label";
import { PendingTile } from "@/components/generation/image-tile";
import { ParentLine } from "@/components/generation/parent-line";
import { StatusBadge } from "@/components/generation/status-badge";
import { shownParam, shownSize } from "@/lib/generations/shown-params";
import { isFinished } from "@/lib/generations/status";
import { isEnlargement } from "@/lib/views/enlarge";
import type { GenerationView, ImagePick } from "@/lib/views/generation";
import { CandidateTile } from "./candidate-tile";
import { FailedCard } from "./failed-card";
import { RerunMenu } from "./rerun-menu";
import { useStudio } from "./studio-context";
import type { LiveState } from "./use-live-generations";

function aspectOf(size: unknown): string {
  const m = typeof size === "string" ? /^(\d+)x(\d+)$/.exec(size) : null;
  return m ? `${m[1]} / ${m[2]}` : "1 / 1";
}

/** One submission in the results rail: its prompt, progress, candidates and cost. */
export function GenerationCard(props: {
  generation: GenerationView;
  live?: LiveState;
  selectedImageId?: string;
  onSelect: (imageId: string) => void;
  /** In a batch grid: half the width, so the status goes under the prompt. */
  compact?: boolean;
}) {
  const studio = useStudio();
  const [picks, setPicks] = useState<Record<string, ImagePick>>({});
  const [showDiscarded, setShowDiscarded] = useState(false);
  const cancel = useAction(cancelGenerationAction, { onError: ({ error }) => toast.error(error.serverError ?? "Could not cancel.") });
  const g = props.generation;
  const count = Number(g.params.n ?? 1);
  const pending = !isFinished(g.status);
  const images = g.images.map((img) => ({ ...img, pick: img.id in picks ? picks[img.id]! : img.pick }));
  const discarded = images.filter((img) => img.pick === "discarded");
  const shown = showDiscarded ? images : images.filter((img) => img.pick !== "discarded");
  const mayCancel = studio?.canGenerate && (studio.canActOnAll || g.createdById === studio.userId);
  // A run that made nothing is a few lines with Retry, not a card of empty tiles.
  if (!pending && g.images.length === 0 && g.status !== "succeeded") {
    return <FailedCard generation={g} detail={`${shownSize(g)} · ${shownParam("quality", g.params.quality, g.resolved)} · ${count} image${count > 1 ? "s" : ""}`} />;
  }

  return (
    <article data-testid="generation" data-generation-id={g.id} className="space-y-2 rounded-lg border border-line bg-surface p-3">
      <header className={`flex items-start justify-between gap-2 ${props.compact ? "flex-col" : ""}`}>
        <p className="line-clamp-2 text-sm" title={g.prompt}>
          {g.prompt}
        </p>
        <StatusBadge status={g.status} position={props.live?.queuePosition} />
      </header>
      <ParentLine generation={g} />

      {pending && (
        <div className={`grid gap-1.5 ${count > 1 ? "grid-cols-2" : ""}`}>
          {Array.from({ length: count }, (_, i) => (
            <PendingTile key={i} aspect={aspectOf(g.params.size)} partial={props.live?.partials[i]} />
          ))}
        </div>
      )}

      {shown.length > 0 && (
        <div className={`grid gap-1.5 ${shown.length > 1 ? "grid-cols-2" : ""}`}>
          {shown.map((img) => (
            <CandidateTile
              key={img.id}
              generation={g}
              image={img}
              selected={props.selectedImageId === img.id}
              onSelect={() => props.onSelect(img.id)}
              onPicked={(pick) => setPicks((p) => ({ ...p, [img.id]: pick }))}
            />
          ))}
        </div>
      )}

      {isEnlargement(g) && <EnlargedCompare generation={g} />}

      {studio?.canGenerate && images.some((img) => img.pick === "finalist") && (
        <div className="space-y-1.5 rounded bg-raised p-2" aria-label="Finalists">
          <p className="text-xs font-medium text-muted">
            {g.kind === "generate" ? "Finalists: run again with a larger model or higher quality, or enlarge" : "Finalists: enlarge"}
          </p>
          {g.kind === "generate" &&
            images
              .filter((img) => img.pick === "finalist")
              .map((img) => <RerunMenu key={img.id} generation={g} imageId={img.id} index={img.index} />)}
          <FinalistEnlarge generation={g} finalists={images.filter((img) => img.pick === "finalist")} />
        </div>
      )}

      {g.errorMessage && (
        <p role="alert" data-testid="generation-error" className={`rounded p-2 text-xs ${g.status === "canceled" ? "bg-raised text-muted" : "bg-danger/10 text-danger"}`}>
          {g.errorMessage}
          {g.requestId && <span className="mt-1 block font-mono text-[10px] opacity-70">request {g.requestId}</span>}
        </p>
      )}

      <footer className="flex items-center justify-between gap-2 text-xs text-muted">
        <span className="truncate">
          {shownSize(g)} · {g.kind === "local" ? "local (Lanczos)" : shownParam("quality", g.params.quality, g.resolved)} · {count} image{count > 1 ? "s" : ""}
          {g.retries > 0 && ` · ${g.retries} retr${g.retries === 1 ? "y" : "ies"}`}
        </span>
        {pending && mayCancel ? (
          <button type="button" className="text-danger hover:underline" onClick={() => cancel.execute({ id: g.id })} disabled={cancel.isPending} data-testid="cancel">
            Cancel
          </button>
        ) : (
          <CostLabel generation={g} />
        )}
      </footer>
      {discarded.length > 0 && (
        <button type="button" className="text-xs text-muted hover:text-fg" onClick={() => setShowDiscarded((v) => !v)} data-testid="toggle-discarded">
          {showDiscarded ? "Hide discarded" : `${discarded.length} discarded · show`}
        </button>
      )}
    </article>
  );
}
