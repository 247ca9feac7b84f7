// The mask as saved with the working state (serializeMask's shape). An imported bitmap is
// encoded as a PNG once and remembered with its shape, so saving again after each stroke costs
// only the strokes: copying points, never re-encoding megapixels.
import { serializeMask, type SerializedMask } from "@/lib/canvas/mask-state";
import type { MaskShape, MaskState } from "@/lib/canvas/model";

type Saved = SerializedMask["shapes"][number];
const encoded = new WeakMap<MaskShape, Saved>();

export function maskSnapshot(mask: MaskState): SerializedMask {
  const { width, height } = mask;
  const one = (shape: MaskShape): Saved => serializeMask({ width, height, shapes: [shape] }).shapes[0]!;
  const shapes = mask.shapes.map((shape) => {
    if (shape.tool !== "bitmap") return one(shape);
    let saved = encoded.get(shape);
    if (!saved) encoded.set(shape, (saved = one(shape)));
    return saved;
  });
  return { version: 1, width, height, shapes };
}
