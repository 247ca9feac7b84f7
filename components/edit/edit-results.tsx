"use client";

// The right pane: the studio's live results, with what can be done to the picked one here:
// make it the image being edited, or send it along as a reference.
import { ImagePlus, Pencil } from "lucide-react";
import { ResultsRail } from "@/components/studio/results-rail";
import type { LiveState } from "@/components/studio/use-live-generations";
import type { GenerationView, ImageView } from "@/lib/views/generation";

export function EditResults(props: {
  generations: GenerationView[];
  live: Record<string, LiveState>;
  selectedImageId?: string;
  onSelect: (id: string) => void;
  onEdit: (image: ImageView, prompt: string) => void;
  onReference: (image: ImageView, prompt: string) => void;
}) {
  const picked = find(props.generations, props.selectedImageId);
  return (
    <div className="flex h-full flex-col">
      {picked && (
        <div className="flex items-center gap-2 border-b border-line bg-surface px-3 py-2" data-testid="picked-actions">
          <span className="min-w-0 flex-1 truncate text-xs text-muted">
            {picked.image.width} × {picked.image.height}
          </span>
          <button
            type="button"
            onClick={() => props.onEdit(picked.image, picked.prompt)}
            data-testid="edit-this"
            className="inline-flex items-center gap-1.5 rounded bg-accent px-2.5 py-1 text-xs font-medium text-accent-fg hover:brightness-110"
          >
            <Pencil className="size-3.5" aria-hidden /> Edit this
          </button>
          <button
            type="button"
            onClick={() => props.onReference(picked.image, picked.prompt)}
            data-testid="add-reference"
            className="inline-flex items-center gap-1.5 rounded border border-line px-2.5 py-1 text-xs text-fg hover:border-muted"
          >
            <ImagePlus className="size-3.5" aria-hidden /> Add as reference
          </button>
        </div>
      )}
      <div className="min-h-0 flex-1">
        <ResultsRail generations={props.generations} live={props.live} selectedImageId={props.selectedImageId} onSelect={props.onSelect} />
      </div>
    </div>
  );
}

function find(generations: GenerationView[], id: string | undefined): { image: ImageView; prompt: string } | undefined {
  if (!id) return undefined;
  for (const g of generations) {
    const image = g.images.find((i) => i.id === id);
    if (image) return { image, prompt: g.prompt };
  }
  return undefined;
}
