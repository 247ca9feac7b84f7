"use client";

// Two images of the gallery, side by side, under a slider, or as the pixels that differ.
import Link from "next/link";
import { useState } from "react";
import { Segmented } from "@/components/ui/segmented";
import type { CompareImage } from "@/lib/views/compare";
import { CompareSlider } from "./compare-slider";

type Mode = "side" | "slider" | "changes";

const MODES = [
  { value: "side" as const, label: "Side by side" },
  { value: "slider" as const, label: "Slider" },
  { value: "changes" as const, label: "Changed pixels", title: "Red where B differs from A" },
];

function Caption({ letter, image }: { letter: string; image: CompareImage }) {
  return (
    <figcaption className="flex items-baseline gap-2 text-xs text-muted">
      <span className="font-medium text-fg">{letter}</span>
      <Link href={`/gallery/${image.generationId}`} className="line-clamp-1 hover:text-fg" title={image.prompt}>
        #{image.index + 1} · {image.prompt}
      </Link>
      <span className="ml-auto shrink-0">
        {image.width} × {image.height}
      </span>
    </figcaption>
  );
}

function Picture({ src, image, alt }: { src: string; image: CompareImage; alt: string }) {
  return (
    <div className="checkerboard relative overflow-hidden rounded-lg" style={{ aspectRatio: `${image.width} / ${image.height}` }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- private originals from our own route */}
      <img src={src} alt={alt} className="absolute inset-0 size-full object-contain" />
    </div>
  );
}

export function CompareView({ a, b }: { a: CompareImage; b: CompareImage }) {
  const [mode, setMode] = useState<Mode>("side");
  const srcA = `/api/images/${a.id}`;
  const srcB = `/api/images/${b.id}`;
  const sameSize = a.width === b.width && a.height === b.height;
  const aspect = `${a.width} / ${a.height}`;

  return (
    <div className="space-y-4">
      <div className="max-w-md">
        <Segmented<Mode> name="compare-mode" label="Show" value={mode} onChange={setMode} options={MODES} />
      </div>
      {!sameSize && mode !== "side" && (
        <p className="text-xs text-muted" data-testid="resized-note">
          The two images differ in size ({a.width} × {a.height} and {b.width} × {b.height}): B is stretched to A&apos;s size here.
        </p>
      )}
      {mode === "side" && (
        <div className="grid max-w-5xl gap-4 sm:grid-cols-2" data-testid="compare-side">
          <figure className="space-y-2">
            <Picture src={srcA} image={a} alt={`A: ${a.prompt}`} />
            <Caption letter="A" image={a} />
          </figure>
          <figure className="space-y-2">
            <Picture src={srcB} image={b} alt={`B: ${b.prompt}`} />
            <Caption letter="B" image={b} />
          </figure>
        </div>
      )}
      {mode === "slider" && (
        <figure className="max-w-2xl space-y-2">
          <CompareSlider a={srcA} b={srcB} aspect={aspect} labelA={`A: ${a.prompt}`} labelB={`B: ${b.prompt}`} />
          <Caption letter="A" image={a} />
          <Caption letter="B" image={b} />
        </figure>
      )}
      {mode === "changes" && (
        <figure className="max-w-2xl space-y-2">
          <div className="checkerboard relative overflow-hidden rounded-lg" style={{ aspectRatio: aspect }}>
            {/* eslint-disable-next-line @next/next/no-img-element -- private originals from our own route */}
            <img src={srcA} alt={`A: ${a.prompt}`} className="absolute inset-0 size-full object-contain opacity-40" />
            {/* eslint-disable-next-line @next/next/no-img-element -- a difference made on request, no optimizer */}
            <img
              src={`${srcA}?variant=diff&against=${b.id}`}
              alt="Pixels that differ between A and B, in red"
              className="absolute inset-0 size-full object-contain"
              data-testid="compare-heatmap"
            />
          </div>
          <figcaption className="text-xs text-muted">Red where B differs from A, over a faded A; the stronger the red, the larger the change.</figcaption>
        </figure>
      )}
    </div>
  );
}
