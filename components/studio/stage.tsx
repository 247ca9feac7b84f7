"use client";

import { Download, ImageIcon } from "lucide-react";
import Image from "next/image";
import Link from "next/link";
import type { GenerationView, ImageView } from "@/lib/views/generation";

/**
 * The centre of the studio: the selected image, as large as the pane allows; while a
 * submission made here renders, its newest partial image, where the eye already is.
 */
export function Stage({ selected, rendering }: { selected?: { image: ImageView; generation: GenerationView }; rendering?: Rendering }) {
  if (rendering) return <RenderingStage {...rendering} />;
  if (!selected) {
    return (
      <div className="grid h-full place-items-center p-8 text-center">
        <div className="max-w-sm space-y-3 text-muted">
          <ImageIcon className="mx-auto size-10 opacity-50" aria-hidden />
          <p className="text-lg text-fg">Describe an image and press Generate</p>
          <p className="text-sm">
            Results appear on the right as they render. Pick one to see it here at full size; everything you make is kept
            in the <Link href="/gallery" className="text-accent underline underline-offset-2">gallery</Link>.
          </p>
        </div>
      </div>
    );
  }
  const { image, generation } = selected;
  return (
    <div className="flex h-full flex-col">
      {/* One row of the pane's height, so the image's max-h-full has a height to be a share of. */}
      <div className="grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] place-items-center p-6">
        {/* The image keeps its own aspect ratio inside the pane; the checkerboard shows only behind it. */}
        <Image
          key={image.id}
          src={`/api/images/${image.id}`}
          alt={generation.prompt}
          width={image.width}
          height={image.height}
          unoptimized
          priority
          className="checkerboard h-auto max-h-full w-auto max-w-full rounded-lg object-contain shadow-2xl"
          data-testid="stage-image"
        />
      </div>
      <div className="flex items-center justify-between gap-4 border-t border-line bg-surface px-4 py-2 text-xs text-muted">
        <span className="truncate" title={generation.prompt}>
          {image.width} × {image.height} · {image.format.toUpperCase()} · {(image.bytes / 1024).toFixed(0)} KB
        </span>
        <a
          href={`/api/images/${image.id}?download=1`}
          className="inline-flex items-center gap-1.5 rounded px-2 py-1 text-fg hover:bg-raised"
          download
        >
          <Download className="size-3.5" aria-hidden /> Download
        </a>
      </div>
    </div>
  );
}

interface Rendering {
  generation: GenerationView;
  /** Latest partial rendition per image index, as data URLs (use-live-generations.ts). */
  partials: Record<number, string>;
}

function RenderingStage({ generation, partials }: Rendering) {
  const indexes = Object.keys(partials).map(Number);
  const latest = indexes.length ? partials[Math.min(...indexes)] : undefined;
  const m = typeof generation.params.size === "string" ? /^(\d+)x(\d+)$/.exec(generation.params.size) : null;
  const size = m ? [Number(m[1]), Number(m[2])] : [1024, 1024];
  return (
    <div className="flex h-full flex-col" data-testid="stage-rendering">
      <div className="grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] place-items-center p-6">
        {latest ? (
          // eslint-disable-next-line @next/next/no-img-element -- a data: URL needs no optimizer
          <img
            src={latest}
            alt="Partial rendition"
            width={size[0]}
            height={size[1]}
            className="h-auto max-h-full w-auto max-w-full rounded-lg object-contain shadow-2xl"
            data-testid="stage-partial"
          />
        ) : (
          <div className="max-h-full w-64 max-w-full animate-pulse rounded-lg bg-gradient-to-br from-raised via-line/60 to-raised" style={{ aspectRatio: `${size[0]} / ${size[1]}` }} />
        )}
      </div>
      <p className="truncate border-t border-line bg-surface px-4 py-2 text-xs text-muted" role="status">
        {generation.status === "queued" ? "Waiting to start…" : latest ? "Rendering: partial image" : "Rendering…"} · {generation.prompt}
      </p>
    </div>
  );
}
