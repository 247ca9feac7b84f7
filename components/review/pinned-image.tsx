"use client";

// The image under review with its comments' numbered markers. While pinning, a click drops a
// point and a drag draws a region (the draft pin, shown dashed until the comment is posted).
// Hovering or focusing a marker highlights its comment, and the other way round.
import Image from "next/image";
import { useRef, useState } from "react";
import type { Pin } from "@/lib/views/review";
import { fractionAt, pinBox, pinFromDrag } from "./pin-geometry";

export interface Marker {
  id: string;
  marker: number;
  pin: Pin;
}

export function PinnedImage(props: {
  image: { id: string; width: number; height: number };
  alt: string;
  markers: Marker[];
  activeId: string | null;
  onActivate: (id: string | null) => void;
  pinning: boolean;
  draft: Pin | null;
  onDraft: (pin: Pin) => void;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const [live, setLive] = useState<Pin | null>(null);
  const shown = live ?? props.draft;

  const onPointer = (e: React.PointerEvent<HTMLDivElement>, phase: "down" | "move" | "up") => {
    const box = layer.current?.getBoundingClientRect();
    if (!box) return;
    const at = fractionAt(e, box);
    if (phase === "down") {
      e.currentTarget.setPointerCapture(e.pointerId);
      start.current = at;
      setLive(pinFromDrag(at, at));
    } else if (start.current) {
      const pin = pinFromDrag(start.current, at);
      if (phase === "move") setLive(pin);
      else {
        start.current = null;
        setLive(null);
        props.onDraft(pin);
      }
    }
  };

  return (
    <div
      className="checkerboard relative w-full overflow-hidden rounded-lg select-none"
      style={{ aspectRatio: `${props.image.width} / ${props.image.height}` }}
      data-testid="pinned-image"
    >
      <Image src={`/api/images/${props.image.id}`} alt={props.alt} fill unoptimized sizes="60vw" className="object-contain" draggable={false} />
      {props.markers.map((m) => (
        <MarkerButton key={m.id} marker={m} active={props.activeId === m.id} onActivate={props.onActivate} />
      ))}
      {shown && <PinShape pin={shown} className="border-dashed border-accent bg-accent/15" testId="draft-pin" />}
      {props.pinning && (
        <div
          ref={layer}
          role="presentation"
          data-testid="pin-layer"
          className="absolute inset-0 cursor-crosshair touch-none"
          onPointerDown={(e) => onPointer(e, "down")}
          onPointerMove={(e) => onPointer(e, "move")}
          onPointerUp={(e) => onPointer(e, "up")}
          onPointerCancel={() => ((start.current = null), setLive(null))}
        />
      )}
    </div>
  );
}

function MarkerButton({ marker, active, onActivate }: { marker: Marker; active: boolean; onActivate: (id: string | null) => void }) {
  const region = "w" in marker.pin;
  const ring = active ? "border-accent bg-accent/25 ring-2 ring-accent" : "border-white/80 bg-black/10";
  return (
    <>
      {region && <PinShape pin={marker.pin} className={`pointer-events-none ${ring}`} />}
      <button
        type="button"
        aria-label={`Comment ${marker.marker}`}
        data-testid="pin-marker"
        style={pinBox({ x: marker.pin.x, y: marker.pin.y })}
        className={`absolute z-10 grid size-6 -translate-x-1/2 -translate-y-1/2 place-items-center rounded-full text-xs font-semibold shadow ${
          active ? "bg-accent text-accent-fg ring-2 ring-white" : "bg-white text-black"
        }`}
        onMouseEnter={() => onActivate(marker.id)}
        onMouseLeave={() => onActivate(null)}
        onFocus={() => onActivate(marker.id)}
        onBlur={() => onActivate(null)}
        onClick={() => document.getElementById(`comment-${marker.id}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" })}
      >
        {marker.marker}
      </button>
    </>
  );
}

function PinShape({ pin, className, testId }: { pin: Pin; className: string; testId?: string }) {
  if (!("w" in pin)) {
    return <span data-testid={testId} style={pinBox(pin)} className={`absolute size-4 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 ${className}`} />;
  }
  return <span data-testid={testId} style={pinBox(pin)} className={`absolute rounded-sm border-2 ${className}`} />;
}
