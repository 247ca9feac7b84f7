// One segment of a stroke (or a feathered polygon edge) as a capsule: the points within a
// radius of the segment. Each row of a capsule is one interval (it is convex), so rows are
// filled as spans: the solid core gets distance 0 in one typed-array fill, and only the
// feather band around it pays for a per-pixel distance.
import { touch, type Box, type Field } from "./field";

/** A segment with its length and unit direction, worked out once rather than per row. */
export type Seg = { ax: number; ay: number; bx: number; by: number; len: number; ux: number; uy: number };

const outer = new Float64Array(2);
const core = new Float64Array(2);

/**
 * Lowers the field to the squared distance from segment p[a]→p[b] for pixels within `reach`;
 * pixels within `solid` (≤ reach) are simply 0, which the compositor reads as fully covered.
 */
export function segment(p: number[], a: number, b: number, solid: number, reach: number, box: Box, field: Field): void {
  const { dist, width } = field;
  const ax = p[a]!, ay = p[a + 1]!, bx = p[b]!, by = p[b + 1]!;
  const y0 = Math.max(box.y0, Math.ceil(Math.min(ay, by) - reach - 0.5));
  const y1 = Math.min(box.y1, Math.floor(Math.max(ay, by) + reach - 0.5));
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const inv = len2 > 0 ? 1 / len2 : 0;
  const len = Math.sqrt(len2);
  const seg: Seg = { ax, ay, bx, by, len, ux: len > 0 ? dx / len : 0, uy: len > 0 ? dy / len : 0 };
  for (let y = y0; y <= y1; y++) {
    const cy = y + 0.5;
    if (!chord(seg, reach, cy, outer)) continue;
    const x0 = Math.max(box.x0, Math.ceil(outer[0]! - 0.5));
    const x1 = Math.min(box.x1, Math.floor(outer[1]! - 0.5));
    if (x0 > x1) continue;
    touch(field, y, x0, x1);
    const row = y * width;
    // [c0, c1] is the solid core of this row; empty (c0 = x1 + 1) when there is none.
    let c0 = x1 + 1, c1 = x1;
    if (solid > 0 && chord(seg, solid, cy, core)) {
      c0 = Math.max(x0, Math.ceil(core[0]! - 0.5));
      c1 = Math.min(x1, Math.floor(core[1]! - 0.5));
      if (c0 <= c1) dist.fill(0, row + c0, row + c1 + 1);
      else {
        c0 = x1 + 1;
        c1 = x1;
      }
    }
    const py = cy - ay;
    for (let x = x0; x <= x1; x++) {
      if (x === c0) x = c1 + 1;
      if (x > x1) break;
      const px = x + 0.5 - ax;
      let t = (px * dx + py * dy) * inv;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * dx, ey = py - t * dy;
      const d2 = ex * ex + ey * ey;
      if (d2 < dist[row + x]!) dist[row + x] = d2;
    }
  }
}

/**
 * The x-interval of row `cy` lying within `r` of segment a→b, written to `out`; false if the
 * row misses it. The row's slice is the union of the slices of the two end discs and of the
 * rectangle between them.
 */
export function chord(seg: Seg, r: number, cy: number, out: Float64Array): boolean {
  const { ax, ay, bx, by, len, ux, uy } = seg;
  let l = Infinity, h = -Infinity;
  const ea = r * r - (cy - ay) * (cy - ay);
  if (ea >= 0) {
    const s = Math.sqrt(ea);
    l = ax - s;
    h = ax + s;
  }
  const eb = r * r - (cy - by) * (cy - by);
  if (eb >= 0) {
    const s = Math.sqrt(eb);
    l = Math.min(l, bx - s);
    h = Math.max(h, bx + s);
  }
  if (len > 0) {
    const ry = cy - ay;
    let lo = -Infinity, hi = Infinity;
    // Across the segment: |(x − ax)·(−uy) + ry·ux| ≤ r.
    if (uy !== 0) {
      const p1 = (ry * ux - r) / uy, p2 = (ry * ux + r) / uy;
      lo = Math.min(p1, p2);
      hi = Math.max(p1, p2);
    } else if (Math.abs(ry) > r) return finish(l, h, out);
    // Along it: 0 ≤ (x − ax)·ux + ry·uy ≤ len.
    if (ux !== 0) {
      const q1 = -(ry * uy) / ux, q2 = (len - ry * uy) / ux;
      lo = Math.max(lo, Math.min(q1, q2));
      hi = Math.min(hi, Math.max(q1, q2));
    } else if (ry * uy < 0 || ry * uy > len) return finish(l, h, out);
    if (lo <= hi) {
      l = Math.min(l, ax + lo);
      h = Math.max(h, ax + hi);
    }
  }
  return finish(l, h, out);
}

function finish(l: number, h: number, out: Float64Array): boolean {
  out[0] = l;
  out[1] = h;
  return l <= h;
}
