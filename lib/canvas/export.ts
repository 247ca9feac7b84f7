// The mask as the Images API wants it, and back: an RGBA PNG of the image's exact size where
// alpha 0 marks pixels to edit (alpha = 255 − coverage; feathered edges get partial alpha).
import { decodePng, encodeRgbaPng } from "./png";
import { rasterize, type Coverage } from "./rasterize";
import { resampleCoverage } from "./resample";
import type { MaskModel } from "./model";

/** `coverage` may be passed when the caller already rasterized the model. */
export function exportMaskPng(model: MaskModel, coverage: Coverage = rasterize(model)): Uint8Array {
  const rgba = new Uint8Array(model.width * model.height * 4);
  for (let i = 0; i < coverage.length; i++) rgba[i * 4 + 3] = 255 - coverage[i]!;
  return encodeRgbaPng(rgba, model.width, model.height);
}

/**
 * Coverage (255 = edit) from an existing mask PNG, for the reducer's `load` action.
 * A file with real transparency follows the API convention: transparent = edit. A file
 * without any (grey or RGB, or RGBA that is fully opaque) follows the Stable Diffusion /
 * InvokeAI convention: white = edit, by luminance. A mask of another size is scaled
 * bilinearly to width × height.
 */
export function importMask(bytes: Uint8Array, width: number, height: number): Coverage {
  const png = decodePng(bytes);
  const { rgba } = png;
  const n = png.width * png.height;
  let transparent = false;
  if (png.hasAlpha) {
    for (let i = 3; i < rgba.length && !transparent; i += 4) transparent = rgba[i]! < 255;
  }
  const coverage = new Uint8ClampedArray(n);
  for (let i = 0, o = 0; i < n; i++, o += 4) {
    coverage[i] = transparent
      ? 255 - rgba[o + 3]!
      : 0.2126 * rgba[o]! + 0.7152 * rgba[o + 1]! + 0.0722 * rgba[o + 2]!;
  }
  return resampleCoverage(coverage, png.width, png.height, width, height);
}
