"use client";

// An enlargement beside the image it was made from: the compare slider (original under, enlarged
// over), both at their full resolution, with their sizes, how it was made and what it cost.
import { CompareSlider } from "@/components/gallery/compare-slider";
import { formatUsd } from "@/lib/images/cost";
import type { GenerationView } from "@/lib/views/generation";
import { modelLabel } from "@/lib/views/lineage";

export function EnlargedCompare({ generation: g, parentSize }: { generation: GenerationView; parentSize?: string }) {
  const image = g.images[0];
  if (!g.parent || !image) return null;
  const way = g.kind === "local" ? "locally (Lanczos)" : `on ${modelLabel(g.model)}`;
  const cost = g.costUsd === null ? "cost unknown" : formatUsd(g.costUsd);
  return (
    <figure className="space-y-1" data-testid="enlarged-compare">
      <CompareSlider
        a={`/api/images/${g.parent.imageId}`}
        b={`/api/images/${image.id}`}
        aspect={`${image.width} / ${image.height}`}
        labelA={`Finalist #${g.parent.index + 1}${parentSize ? `, ${parentSize}` : ""}`}
        labelB={`Enlarged ${way}, ${image.width}×${image.height}`}
      />
      <figcaption className="flex flex-wrap justify-between gap-1 text-xs text-muted">
        <span>
          #{g.parent.index + 1} → <span className="tabular-nums text-fg" data-testid="enlarged-size">{image.width}×{image.height}</span> {way}
        </span>
        <span className="tabular-nums" data-testid="enlarged-cost">
          {g.kind === "local" ? `${cost} · local step` : cost}
        </span>
      </figcaption>
    </figure>
  );
}
