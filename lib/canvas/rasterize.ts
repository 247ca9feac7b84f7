// Replays a mask model into an edit-coverage bitmap: one byte per pixel, 255 = edit here.
//
// Feather is an outward linear falloff: coverage is 255 up to the shape's hard edge and
// drops linearly to 0 over `feather` pixels outside it. Unlike a blur, the area the person
// painted stays fully marked (a feathered rect still edits every pixel inside it) and the
// cost does not grow with the radius beyond the band itself.
// Overlaps use max (brush) and min (eraser), so painting the same spot twice changes nothing.
import { shapeField } from "./distance-field";
import { createField, type Box, type Field } from "./field";
import { isDrawnShape, type DrawnShape, type MaskModel, type MaskShape } from "./model";

export type Coverage = Uint8ClampedArray;
export { createField, type Field };

export function rasterize(model: MaskModel): Coverage {
  const { width, height, shapes } = model;
  const coverage = new Uint8ClampedArray(width * height);
  // Everything before the last fill, clear or imported bitmap is hidden by it.
  let start = 0;
  for (let i = shapes.length - 1; i >= 0; i--) {
    const tool = shapes[i]!.tool;
    if (tool === "fill" || tool === "clear" || tool === "bitmap") {
      start = i;
      break;
    }
  }
  const field = createField(width, height);
  for (let i = start; i < shapes.length; i++) applyShape(coverage, width, height, shapes[i]!, field);
  return coverage;
}

/**
 * Applies one entry onto `coverage` in place. Exposed so a view can keep its bitmap and add
 * just the newest stroke instead of replaying the model. Pass the same `field` (see
 * createField) between calls to avoid an allocation per stroke.
 */
export function applyShape(
  coverage: Coverage,
  width: number,
  height: number,
  shape: MaskShape,
  field: Field = createField(width, height),
): void {
  switch (shape.tool) {
    case "fill":
      coverage.fill(255);
      return;
    case "clear":
      coverage.fill(0);
      return;
    case "invert":
      for (let i = 0; i < coverage.length; i++) coverage[i] = 255 - coverage[i]!;
      return;
    case "bitmap":
      coverage.set(shape.coverage);
      return;
  }
  if (!isDrawnShape(shape)) return;
  if (field.width !== width || field.lo.length !== height) throw new RangeError("applyShape: field is for another size");
  const box = shapeField(shape, height, field);
  if (box) composite(coverage, field, box, shape);
}

function composite(coverage: Coverage, { dist, width, lo, hi }: Field, box: Box, shape: DrawnShape): void {
  const r = shape.size / 2;
  const r2 = r * r;
  const feather = shape.feather;
  const reach2 = (r + feather) * (r + feather);
  const erase = shape.tool === "eraser";
  for (let y = box.y0; y <= box.y1; y++) {
    const end = y * width + hi[y]!;
    for (let i = y * width + lo[y]!; i <= end; i++) {
      const d2 = dist[i]!;
      if (d2 >= reach2 && d2 > r2) continue;
      const s = d2 <= r2 ? 255 : (255 * (r + feather - Math.sqrt(d2))) / feather;
      const c = coverage[i]!;
      if (erase) coverage[i] = Math.min(c, 255 - s);
      else if (s > c) coverage[i] = s;
    }
  }
}

/**
 * RGBA pixels for an on-screen overlay (`new ImageData(rgba, width, height)`): the mask
 * colour at `opacity` × coverage, transparent elsewhere.
 */
export function coverageToOverlay(
  coverage: Coverage,
  color: readonly [number, number, number],
  opacity = 0.5,
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(coverage.length * 4);
  for (let i = 0, j = 0; i < coverage.length; i++, j += 4) {
    rgba[j] = color[0];
    rgba[j + 1] = color[1];
    rgba[j + 2] = color[2];
    rgba[j + 3] = coverage[i]! * opacity;
  }
  return rgba;
}
