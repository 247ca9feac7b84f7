// Scratch buffers shared by every shape rasterized at one mask size.

/** Inclusive pixel range touched by a shape, already clipped to the image. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Reusable buffers for one mask size; `lo[y] > hi[y]` marks a row the shape did not touch. */
export type Field = { width: number; dist: Float32Array; lo: Int32Array; hi: Int32Array };

export function createField(width: number, height: number): Field {
  return { width, dist: new Float32Array(width * height), lo: new Int32Array(height), hi: new Int32Array(height) };
}

/** Widens row y's span to include [x0, x1], setting newly reached pixels to "far away". */
export function touch(field: Field, y: number, x0: number, x1: number): void {
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
