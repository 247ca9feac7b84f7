"use client";

// "Use as mask" from a pinned region (/studio/edit?image=…&region=<comment id>): once the
// image the region was drawn on is the open base, its rectangle is committed to the mask as
// one undoable step. The page read the region from the database, in the person's team.
import { useEffect, useRef } from "react";
import type { MaskState } from "@/lib/canvas/model";
import type { MaskAction } from "@/lib/canvas/reducer";
import { regionRect, type FractionRegion } from "@/lib/canvas/region-mask";
import type { EditImage } from "./edit-images";

export type RegionMask = FractionRegion & { imageId: string };

export function useRegionMask(region: RegionMask | null, base: EditImage | undefined, mask: MaskState, dispatch: (a: MaskAction) => void) {
  const applied = useRef(false);
  useEffect(() => {
    if (!region || applied.current || base?.kind !== "image" || base.imageId !== region.imageId) return;
    // Wait until the mask has the base's size (the base's reset comes first).
    if (mask.width !== base.width || mask.height !== base.height) return;
    applied.current = true;
    dispatch({ type: "commit", shape: regionRect(region, mask.width, mask.height) });
  }, [region, base, mask.width, mask.height, dispatch]);
}
