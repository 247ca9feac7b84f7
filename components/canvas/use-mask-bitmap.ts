// The committed mask as one offscreen canvas, so the stage draws a single image however many
// strokes there are. A new stroke is added with applyShape and only its box is recoloured;
// the whole mask is replayed only when history moves (undo, redo, load, reset).
import { useLayoutEffect, useRef } from "react";
import type { MaskShape, MaskState } from "@/lib/canvas/model";
import { applyShape, coverageToOverlay, createField, rasterize, type Field } from "@/lib/canvas/rasterize";

type Box = { x: number; y: number; w: number; h: number };

interface Bitmap {
  canvas: HTMLCanvasElement;
  coverage: Uint8ClampedArray;
  field: Field;
  shapes: readonly MaskShape[];
  color: readonly [number, number, number];
}

/** Keeps the bitmap in step with the model and hands its canvas to `show` after each change. */
export function useMaskBitmap(mask: MaskState, color: readonly [number, number, number], show: (canvas: HTMLCanvasElement) => void) {
  const ref = useRef<Bitmap | null>(null);
  const [r, g, b] = color;

  useLayoutEffect(() => {
    const rgb = [r, g, b] as const;
    const bm = ref.current;
    if (!bm || bm.canvas.width !== mask.width || bm.canvas.height !== mask.height) {
      // One canvas for the editor's lifetime; only its size follows the base image.
      const canvas = bm?.canvas ?? document.createElement("canvas");
      canvas.width = mask.width;
      canvas.height = mask.height;
      const fresh = { canvas, coverage: rasterize(mask), field: createField(mask.width, mask.height), shapes: mask.shapes, color: rgb };
      ref.current = fresh;
      paint(fresh, null);
    } else if (bm.shapes !== mask.shapes || bm.color.join() !== rgb.join()) {
      const colorChanged = bm.color.join() !== rgb.join();
      const newest = appendedShape(bm.shapes, mask.shapes);
      bm.color = rgb;
      if (newest) {
        applyShape(bm.coverage, mask.width, mask.height, newest, bm.field);
        bm.shapes = mask.shapes;
        paint(bm, colorChanged ? null : boxOf(newest, mask.width, mask.height));
      } else {
        if (bm.shapes !== mask.shapes) bm.coverage = rasterize(mask);
        bm.shapes = mask.shapes;
        paint(bm, null);
      }
    }
    show(ref.current!.canvas);
  }, [mask, r, g, b, show]);
}

/** The one shape added since `before`, or null if the list changed any other way. */
function appendedShape(before: readonly MaskShape[], after: readonly MaskShape[]): MaskShape | null {
  if (after.length !== before.length + 1) return null;
  if (before.length > 0 && after[before.length - 1] !== before[before.length - 1]) return null;
  return after[after.length - 1] ?? null;
}

// Pixels a drawn shape can touch (its reach includes the feather); null = the whole mask.
function boxOf(shape: MaskShape, width: number, height: number): Box | null {
  if (!("points" in shape)) return null;
  const reach = shape.size / 2 + shape.feather + 1;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < shape.points.length; i += 2) {
    x0 = Math.min(x0, shape.points[i]!);
    x1 = Math.max(x1, shape.points[i]!);
    y0 = Math.min(y0, shape.points[i + 1]!);
    y1 = Math.max(y1, shape.points[i + 1]!);
  }
  const x = Math.max(0, Math.floor(x0 - reach));
  const y = Math.max(0, Math.floor(y0 - reach));
  const w = Math.min(width, Math.ceil(x1 + reach)) - x;
  const h = Math.min(height, Math.ceil(y1 + reach)) - y;
  return w > 0 && h > 0 ? { x, y, w, h } : { x: 0, y: 0, w: 0, h: 0 };
}

function paint(bm: Bitmap, box: Box | null): void {
  const { canvas, coverage, color } = bm;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const b = box ?? { x: 0, y: 0, w: canvas.width, h: canvas.height };
  if (b.w === 0 || b.h === 0) return;
  let region = coverage;
  if (box) {
    region = new Uint8ClampedArray(b.w * b.h);
    for (let row = 0; row < b.h; row++) {
      const start = (b.y + row) * canvas.width + b.x;
      region.set(coverage.subarray(start, start + b.w), row * b.w);
    }
  }
  // Opacity is the Konva node's, so changing it never recolours the bitmap.
  const rgba = coverageToOverlay(region, color, 1);
  ctx.putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer as ArrayBuffer), b.w, b.h), b.x, b.y);
}
