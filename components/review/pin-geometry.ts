// Pointer positions as fractions of the image, and a drag as a point or a region: a drag
// shorter than MIN of the image's side is a click, so a shaky click still pins a point.
import type { Pin } from "@/lib/views/review";

const MIN = 0.01;
const clamp = (v: number) => Math.min(1, Math.max(0, v));

export function fractionAt(e: { clientX: number; clientY: number }, box: DOMRect): { x: number; y: number } {
  return { x: clamp((e.clientX - box.left) / box.width), y: clamp((e.clientY - box.top) / box.height) };
}

export function pinFromDrag(a: { x: number; y: number }, b: { x: number; y: number }): Pin {
  const w = Math.abs(b.x - a.x);
  const h = Math.abs(b.y - a.y);
  if (w < MIN && h < MIN) return { x: round(a.x), y: round(a.y) };
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x: round(x), y: round(y), w: round(Math.max(w, MIN)), h: round(Math.max(h, MIN)) };
}

// Four decimals are a tenth of a pixel on a 1536-pixel side; fewer digits keep the JSON small.
const round = (v: number) => Math.round(v * 10_000) / 10_000;

/** Where a pin sits, as CSS percentages over the image. */
export function pinBox(pin: Pin): { left: string; top: string; width?: string; height?: string } {
  const pct = (v: number) => `${(v * 100).toFixed(3)}%`;
  return "w" in pin ? { left: pct(pin.x), top: pct(pin.y), width: pct(pin.w), height: pct(pin.h) } : { left: pct(pin.x), top: pct(pin.y) };
}
