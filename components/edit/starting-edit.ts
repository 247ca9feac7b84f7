// What the edit page starts from: this tab's cached work (after a remount), else what the
// server restored from the saved working state, else the bare base the address names.
import { restoredCoverage, restoreMask } from "@/lib/canvas/mask-state";
import { createMaskState, type MaskState } from "@/lib/canvas/model";
import { maskReducer } from "@/lib/canvas/reducer";
import type { EditImageSource, EditRestore } from "@/lib/views/working-state";
import { cachedEdit, type EditDraft } from "./edit-state-cache";
import { storedImage } from "./edit-images";
import { restoreEditParams } from "./use-edit-params";

export function startingEdit(opts: {
  cacheKey: string;
  source: EditImageSource | null;
  /** The base came from the address (?image=): only work done on that base is taken up. */
  fromAddress: boolean;
  restore: EditRestore | null;
}): EditDraft {
  const { source, restore } = opts;
  const cached = cachedEdit(opts.cacheKey, opts.fromAddress ? source?.imageId : undefined);
  if (cached) return cached;
  const images = source ? [storedImage(source), ...(restore?.references ?? []).map(storedImage)] : [];
  return {
    images,
    mask: source ? restoredMaskState(restore?.mask ?? null, source.width, source.height) : createMaskState(1, 1),
    prompt: restore?.prompt ?? "",
    params: restoreEditParams(restore?.params),
    keepOutside: restore?.keepOutsideMask ?? true,
  };
}

/** The saved mask as the reducer's state: its strokes as drawn when it fits the base, else one loaded bitmap. */
function restoredMaskState(saved: EditRestore["mask"], width: number, height: number): MaskState {
  const empty = createMaskState(width, height);
  if (!saved) return empty;
  try {
    if (saved.width === width && saved.height === height) {
      const model = restoreMask(saved);
      return { ...empty, shapes: model.shapes, seq: model.shapes.length + 1 };
    }
    return maskReducer(empty, { type: "load", coverage: restoredCoverage(saved, width, height) });
  } catch {
    return empty; // a bitmap that no longer decodes: start with a clean mask rather than fail the page
  }
}
