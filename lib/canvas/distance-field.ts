// Squared-distance fields for drawn shapes, written into shared scratch buffers. Only the
// pixels near a shape are touched: each row keeps the span [lo, hi] it wrote, so a long
// diagonal stroke costs its area, not its bounding box. Pixels are sampled at their centres.
// Inside a rect or lasso the distance is 0; a stroke's is the distance to its centre line.
import type { DrawnShape } from "./model";

/** Inclusive pixel range touched by a shape, already clipped to the image. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Reusable buffers for one mask size; `lo[y] > hi[y]` marks a row the shape did not touch. */
export type Field = { width: number; dist: Float32Array; lo: Int32Array; hi: Int32Array };

export function createField(width: number, height: number): Field {
  return { width, dist: new Float32Array(width * height), lo: new Int32Array(height), hi: new Int32Array(height) };
}

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
    if (shape.feather > 0) for (let i = 0; i < p.length; i += 2) segment(p, i, (i + 2) % p.length, reach, box, field);
    return box;
  }
  if (p.length === 2) segment(p, 0, 0, reach, box, field);
  for (let i = 0; i + 2 < p.length; i += 2) segment(p, i, i + 2, reach, box, field);
  return box;
}

/** Widens row y's span to include [x0, x1], setting newly reached pixels to "far away". */
function touch(field: Field, y: number, x0: number, x1: number): void {
  const { dist, lo, hi, width } = field;
  const l = lo[y]!, h = hi[y]!, row = y * width;
  if (l > h) {
    dist.fill(Infinity, row + x0, row + x1 + 1);
    lo[y] = x0;
    hi[y] = x1;
    return;
  }
  if (x0 < l) {
    dist.fill(Infinity, row + x0, row + l);
    lo[y] = x0;
  }
  if (x1 > h) {
    dist.fill(Infinity, row + h + 1, row + x1 + 1);
    hi[y] = x1;
  }
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

/**
 * Lowers `dist` to the squared distance from segment a→b, within `reach` of it. Each row only
 * visits the x-span where the centre line passes within `reach` rows, so a long diagonal
 * stroke costs its length times its width rather than its bounding box.
 */
function segment(p: number[], a: number, b: number, reach: number, box: Box, field: Field): void {
  const { dist, width } = field;
  const ax = p[a]!, ay = p[a + 1]!, bx = p[b]!, by = p[b + 1]!;
  const y0 = Math.max(box.y0, Math.ceil(Math.min(ay, by) - reach - 0.5));
  const y1 = Math.min(box.y1, Math.floor(Math.max(ay, by) + reach - 0.5));
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const inv = len2 > 0 ? 1 / len2 : 0;
  for (let y = y0; y <= y1; y++) {
    const py = y + 0.5 - ay;
    // The nearest point of the segment lies within `reach` rows of this one: clip t to that.
    let lo = 0, hi = 1;
    if (dy !== 0) {
      const t1 = (py - reach) / dy, t2 = (py + reach) / dy;
      lo = Math.max(0, Math.min(t1, t2));
      hi = Math.min(1, Math.max(t1, t2));
      if (lo > hi) continue;
    }
    const xa = ax + lo * dx, xb = ax + hi * dx;
    const x0 = Math.max(box.x0, Math.ceil(Math.min(xa, xb) - reach - 0.5));
    const x1 = Math.min(box.x1, Math.floor(Math.max(xa, xb) + reach - 0.5));
    if (x0 > x1) continue;
    touch(field, y, x0, x1);
    for (let x = x0, i = y * width + x0; x <= x1; x++, i++) {
      const px = x + 0.5 - ax;
      let t = (px * dx + py * dy) * inv;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * dx, ey = py - t * dy;
      const d2 = ex * ex + ey * ey;
      if (d2 < dist[i]!) dist[i] = d2;
    }
  }
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
