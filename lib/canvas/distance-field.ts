// Squared-distance fields for drawn shapes, written into shared scratch buffers. Only the
// pixels near a shape are touched: each row keeps the span [lo, hi] it wrote, so a long
// diagonal stroke costs its area, not its bounding box. Pixels are sampled at their centres.
// Inside a rect or lasso the distance is 0; a stroke's is the distance to its centre line.
import { segment } from "./capsule";
import { touch, type Box, type Field } from "./field";
import type { DrawnShape } from "./model";

/** Writes the field for `shape` and returns the rows (and outer columns) it covers. */
export function shapeField(shape: DrawnShape, height: number, field: Field): Box | null {
  const reach = shape.size / 2 + shape.feather;
  const box = boundsOf(shape.points, reach, field.width, height);
  if (!box) return null;
  field.lo.fill(field.width, box.y0, box.y1 + 1);
  field.hi.fill(-1, box.y0, box.y1 + 1);
  const p = shape.tool === "rect" ? rectPolygon(shape.points) : shape.points;
  if (shape.tool === "lasso" || shape.tool === "rect") {
    for (let y = box.y0; y <= box.y1; y++) touch(field, y, box.x0, box.x1);
    fillPolygon(p, box, field);
    // Edges only matter for the feathered band; a hard lasso is its scanline fill alone.
    if (shape.feather > 0) for (let i = 0; i < p.length; i += 2) segment(p, i, (i + 2) % p.length, 0, reach, box, field);
    return box;
  }
  const r = shape.size / 2;
  if (p.length === 2) segment(p, 0, 0, r, reach, box, field);
  for (let i = 0; i + 2 < p.length; i += 2) segment(p, i, i + 2, r, reach, box, field);
  return box;
}

// A rect is filled as a polygon, so it shares the lasso's half-open pixel rule: a rect on
// integer corners covers exactly the pixels between them.
function rectPolygon([l = 0, t = 0, r = 0, b = 0]: number[]): number[] {
  return [l, t, r, t, r, b, l, b];
}

function boundsOf(p: number[], reach: number, width: number, height: number): Box | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (let i = 0; i < p.length; i += 2) {
    const x = p[i]!, y = p[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const box = {
    x0: Math.max(0, Math.ceil(minX - reach - 0.5)),
    y0: Math.max(0, Math.ceil(minY - reach - 0.5)),
    x1: Math.min(width - 1, Math.floor(maxX + reach - 0.5)),
    y1: Math.min(height - 1, Math.floor(maxY + reach - 0.5)),
  };
  return box.x0 <= box.x1 && box.y0 <= box.y1 ? box : null;
}

/** Non-zero winding scanline fill at pixel centres: inside pixels get distance 0. */
function fillPolygon(p: number[], box: Box, { dist, width }: Field): void {
  const n = p.length;
  const xs: number[] = [];
  const dirs: number[] = [];
  for (let y = box.y0; y <= box.y1; y++) {
    const cy = y + 0.5;
    xs.length = 0;
    for (let i = 0; i < n; i += 2) {
      const j = (i + 2) % n;
      const ay = p[i + 1]!, by = p[j + 1]!;
      if ((ay <= cy && cy < by) || (by <= cy && cy < ay)) {
        xs.push(p[i]! + ((cy - ay) * (p[j]! - p[i]!)) / (by - ay));
        dirs[xs.length - 1] = by > ay ? 1 : -1;
      }
    }
    const order = xs.map((_, k) => k).sort((k, m) => xs[k]! - xs[m]!);
    let winding = 0;
    let start = 0;
    for (const k of order) {
      const before = winding;
      winding += dirs[k]!;
      if (before === 0) start = xs[k]!;
      else if (winding === 0) {
        const from = Math.max(box.x0, Math.ceil(start - 0.5));
        const to = Math.min(box.x1 + 1, Math.ceil(xs[k]! - 0.5));
        if (to > from) dist.fill(0, y * width + from, y * width + to);
      }
    }
  }
}
