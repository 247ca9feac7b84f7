// Builds an edit's output pixels from the first input image, the optional mask and synthetic
// content (docs/images-api.md §7.9): with a mask only alpha-0 pixels change; without one the whole image is restyled.
import { type RawImage, resizeNearest } from "./raw-image";

export interface EditInputs {
  /** The first input image, decoded. */
  base: RawImage;
  /** The mask, decoded, same size as `base` (validated before). */
  mask?: RawImage;
  /** Synthetic content at the output size. */
  synthetic: RawImage;
}

/** How much of the synthetic picture shows through when there is no mask. */
const RESTYLE_MIX = 0.45;

export function composeEdit({ base, mask, synthetic }: EditInputs): RawImage {
  const { width, height } = synthetic;
  const src = resizeNearest(base, width, height);
  const out = Buffer.from(src.data);
  if (mask) {
    const m = resizeNearest(mask, width, height).data;
    for (let i = 0; i < out.length; i += 4) {
      if (m[i + 3] === 0) synthetic.data.copy(out, i, i, i + 4);
    }
    return { data: out, width, height };
  }
  const s = synthetic.data;
  for (let i = 0; i < out.length; i += 4) {
    for (let c = 0; c < 3; c++) {
      out[i + c] = Math.round((src.data[i + c] ?? 0) * (1 - RESTYLE_MIX) + (s[i + c] ?? 0) * RESTYLE_MIX);
    }
  }
  return { data: out, width, height };
}
