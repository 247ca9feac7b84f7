// A region in fractions of the image (a pinned comment's) as a rectangle of the mask, in the
// mask's pixels: "Use as mask" turns a reviewer's region into the next edit's mask.
import type { ShapeDraft } from "./model";

export interface FractionRegion {
  x: number;
  y: number;
  w: number;
  h: number;
}

export function regionRect(region: FractionRegion, width: number, height: number): ShapeDraft {
  const px = (v: number, side: number) => Math.min(side, Math.max(0, Math.round(v * side)));
  const left = px(region.x, width);
  const top = px(region.y, height);
  // At least one pixel, so a sliver of a region still marks something.
  const right = Math.max(left + 1, px(region.x + region.w, width));
  const bottom = Math.max(top + 1, px(region.y + region.h, height));
  return { tool: "rect", points: [left, top, Math.min(right, width), Math.min(bottom, height)], size: 0, feather: 0 };
}
