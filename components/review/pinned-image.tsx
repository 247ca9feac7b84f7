"use client";

// The image under review with its comments' numbered markers. While pinning, a click drops a
// point and a drag draws a region (the draft pin, shown dashed until the comment is posted);
// from the keyboard, arrows move a point (Shift for small steps) and Enter drops it.
// Hovering or focusing a marker highlights its comment, and the other way round.
import Image from "next/image";
import { useEffect, useRef, useState } from "react";
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
  onCancel: () => void;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const start = useRef<{ x: number; y: number } | null>(null);
  const [live, setLive] = useState<Pin | null>(null);
  const shown = live ?? props.draft;
  // Pinning starts where the person is: the layer takes the focus, so the keys work at once.
  useEffect(() => {
    if (props.pinning) layer.current?.focus();
  }, [props.pinning]);

  const onKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 0.01 : 0.05;
    const at = live && !("w" in live) ? live : { x: 0.5, y: 0.5 };
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const clamp = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 10_000) / 10_000;
      setLive({ x: clamp(at.x + move[0]), y: clamp(at.y + move[1]) });
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setLive(null);
      props.onDraft(at);
    } else if (e.key === "Escape") {
      setLive(null);
      props.onCancel();
    }
  };

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
          role="application"
          aria-label="Pin to the image: click for a point or drag for a region; or move a point with the arrow keys and press Enter"
          tabIndex={0}
          data-testid="pin-layer"
          className="absolute inset-0 cursor-crosshair touch-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent"
          onKeyDown={onKey}
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
