import { describe, expect, it } from "vitest";
import { createMaskState } from "./model";
import { rasterize } from "./rasterize";
import { maskReducer } from "./reducer";
import { regionRect } from "./region-mask";

describe("a pinned region as a mask", () => {
  it("marks exactly the region's pixels", () => {
    const shape = regionRect({ x: 0.25, y: 0.5, w: 0.5, h: 0.25 }, 8, 8);
    expect(shape).toEqual({ tool: "rect", points: [2, 4, 6, 6], size: 0, feather: 0 });
    const mask = maskReducer(createMaskState(8, 8), { type: "commit", shape });
    const coverage = rasterize(mask);
    const marked = [...coverage.keys()].filter((i) => coverage[i]! > 127).map((i) => [i % 8, Math.floor(i / 8)]);
    expect(marked).toEqual([[2, 4], [3, 4], [4, 4], [5, 4], [2, 5], [3, 5], [4, 5], [5, 5]]);
  });

  it("stays inside the image and covers at least a pixel", () => {
    expect(regionRect({ x: 0.9, y: 0.9, w: 0.2, h: 0.2 }, 10, 10).points).toEqual([9, 9, 10, 10]);
    expect(regionRect({ x: 0.5, y: 0.5, w: 0.001, h: 0.001 }, 10, 10).points).toEqual([5, 5, 6, 6]);
  });
});
