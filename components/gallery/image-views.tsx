"use client";

// One result of a generation at full size. For edits, also what the provider returned before
// Fresco kept the pixels outside the mask, and a heatmap of what the provider changed.
import { Pencil } from "lucide-react";
import Image from "next/image";
import Link from "next/link";
import { useState } from "react";
import { Segmented } from "@/components/ui/segmented";
import type { ImageView } from "@/lib/views/generation";
import { PickBadge } from "./pick-badge";

type View = "result" | "raw" | "changes";

/** `selected`: the one of several that the page's actions and review act on. */
export function ImageViews({ image, alt, isEdit, selected = false }: { image: ImageView; alt: string; isEdit: boolean; selected?: boolean }) {
  const [view, setView] = useState<View>("result");
  const src = `/api/images/${image.id}`;
  const options = [
    { value: "result" as const, label: "Result" },
    ...(image.hasRaw ? [{ value: "raw" as const, label: "Provider output", title: "Exactly as the provider returned it" }] : []),
    ...(isEdit ? [{ value: "changes" as const, label: "What changed", title: "Red where the provider's output differs from the base image" }] : []),
  ];
  return (
    <figure className="space-y-2" data-testid="image-views">
      <div
        className={`checkerboard relative overflow-hidden rounded-lg ${selected ? "ring-2 ring-accent ring-offset-2 ring-offset-canvas" : ""}`}
        style={{ aspectRatio: `${image.width} / ${image.height}` }}
        data-selected={selected || undefined}
      >
        <a href={view === "raw" ? `${src}?variant=raw` : src} target="_blank" rel="noreferrer" data-testid="full-image-link" aria-label="Open the full image">
          <Image src={view === "result" ? src : `${src}?variant=raw`} alt={alt} fill unoptimized sizes="50vw" className="object-contain" />
          {view === "changes" && (
            // The heatmap lies over the provider's output, the frame it was computed in.
            // eslint-disable-next-line @next/next/no-img-element -- an overlay made on request, no optimizer
            <img src={`${src}?variant=heatmap`} alt="Pixels the provider changed, in red" className="absolute inset-0 size-full object-contain" data-testid="heatmap" />
          )}
        </a>
        {image.pick && (
          <span className="pointer-events-none absolute left-2 top-2">
            <PickBadge pick={image.pick} />
          </span>
        )}
      </div>
      <figcaption className="flex items-center justify-between gap-2">
        {options.length > 1 ? (
          <div className="min-w-0 flex-1">
            <Segmented<View> name={`view-${image.id}`} label="Show" value={view} onChange={setView} options={options} />
          </div>
        ) : (
          <span className="text-xs text-muted">
            {image.width} × {image.height} · {image.format.toUpperCase()}
          </span>
        )}
        <Link href={`/studio/edit?image=${image.id}`} className="inline-flex shrink-0 items-center gap-1 self-end rounded px-2 py-1 text-xs hover:bg-raised">
          <Pencil className="size-3.5" aria-hidden /> Edit
        </Link>
      </figcaption>
    </figure>
  );
}
