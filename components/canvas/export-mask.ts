// The mask as the file the server receives. The export is timed with the User Timing API
// ("fresco:mask-export") so the benchmark can read it from the page like any other mark.
import { exportMaskPng } from "@/lib/canvas/export";
import type { MaskState } from "@/lib/canvas/model";
import { rasterize } from "@/lib/canvas/rasterize";

export const MASK_EXPORT_MEASURE = "fresco:mask-export";

/**
 * The RGBA PNG (alpha 0 = edit), or null when nothing is marked: an empty mask is not sent,
 * unless `evenIfEmpty` (saving the file on purpose).
 */
export function exportMaskFile(mask: MaskState, opts: { evenIfEmpty?: boolean } = {}): File | null {
  const start = performance.now();
  const coverage = rasterize(mask);
  if (!opts.evenIfEmpty && !coverage.some((v) => v > 0)) return null;
  const bytes = exportMaskPng(mask, coverage);
  performance.measure(MASK_EXPORT_MEASURE, { start, end: performance.now() });
  return new File([bytes as Uint8Array<ArrayBuffer>], "mask.png", { type: "image/png" });
}
