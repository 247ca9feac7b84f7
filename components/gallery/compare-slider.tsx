"use client";

// Two images stacked, B over A, cut at a divider a person drags or moves with the arrow keys.
import { useRef, useState } from "react";

const STEP = 5;

export function CompareSlider(props: { a: string; b: string; aspect: string; labelA: string; labelB: string }) {
  const [pos, setPos] = useState(50);
  const frame = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.min(100, Math.max(0, Math.round(v)));

  const moveTo = (clientX: number) => {
    const box = frame.current?.getBoundingClientRect();
    if (box && box.width > 0) setPos(clamp(((clientX - box.left) / box.width) * 100));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const next = { ArrowLeft: pos - STEP, ArrowDown: pos - STEP, ArrowRight: pos + STEP, ArrowUp: pos + STEP, Home: 0, End: 100 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    setPos(clamp(next));
  };

  return (
    <div
      ref={frame}
      className="checkerboard relative touch-none select-none overflow-hidden rounded-lg"
      style={{ aspectRatio: props.aspect }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e.clientX);
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e.clientX);
      }}
      data-testid="compare-slider"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- private originals from our own route */}
      <img src={props.a} alt={props.labelA} className="absolute inset-0 size-full object-contain" draggable={false} />
      {/* eslint-disable-next-line @next/next/no-img-element -- private originals from our own route */}
      <img
        src={props.b}
        alt={props.labelB}
        className="absolute inset-0 size-full object-contain"
        style={{ clipPath: `inset(0 0 0 ${pos}%)` }}
        draggable={false}
      />
      <div
        role="slider"
        tabIndex={0}
        aria-label="Divider between A and B"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pos}
        aria-valuetext={`${pos}% A, ${100 - pos}% B`}
        onKeyDown={onKeyDown}
        className="absolute inset-y-0 -ml-3 w-6 cursor-ew-resize"
        style={{ left: `${pos}%` }}
        data-testid="compare-divider"
      >
        <span className="absolute inset-y-0 left-1/2 w-0.5 -translate-x-1/2 bg-white shadow-[0_0_4px_rgba(0,0,0,0.6)]" />
        <span className="absolute left-1/2 top-1/2 size-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-black/50" />
      </div>
      <span className="pointer-events-none absolute left-2 top-2 rounded bg-black/60 px-1.5 py-0.5 text-xs text-white">A</span>
      <span className="pointer-events-none absolute right-2 top-2 rounded bg-black/60 px-1.5 py-0.5 text-xs text-white">B</span>
    </div>
  );
}
