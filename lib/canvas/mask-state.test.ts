import { describe, expect, it } from "vitest";
import { exportMaskPng } from "./export";
import { parseMask, restoreMask, restoredCoverage, serializeMask, MASK_LIMITS } from "./mask-state";
import type { MaskState } from "./model";
import { rasterize } from "./rasterize";
import { maskReducer } from "./reducer";
import { blank, diffCount, drag } from "./test-helpers";

// A small seeded generator: the same "random" masks every run, so a failure can be replayed.
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function randomMask(seed: number, width = 120, height = 90): MaskState {
  const r = random(seed);
  const xy = (): [number, number] => [r() * width, r() * height];
  let s = blank(width, height);
  for (let i = 0; i < 12; i++) {
    const pick = Math.floor(r() * 8);
    const feather = r() < 0.5 ? 0 : r() * 8;
    if (pick <= 1) s = drag(s, { tool: pick ? "eraser" : "brush", size: 2 + r() * 30, feather }, [xy(), xy(), xy()]);
    else if (pick === 2) s = drag(s, { tool: "rect", size: 0, feather }, [xy(), xy()]);
    else if (pick === 3) s = drag(s, { tool: "lasso", size: 0, feather }, [xy(), xy(), xy(), xy()]);
    else if (pick === 4) s = maskReducer(s, { type: "invert" });
    else if (pick === 5) s = maskReducer(s, { type: r() < 0.5 ? "fill" : "clear" });
    else if (pick === 6) s = maskReducer(s, { type: "load", coverage: Uint8ClampedArray.from({ length: width * height }, () => r() * 256) });
    else s = drag(s, { tool: "brush", size: 1 + r() * 5, feather: 0 }, [xy()]);
  }
  return s;
}

describe("mask state round trip", () => {
  it.each([1, 2, 3, 4, 5, 6])("serialize → JSON → parse → restore gives the same mask PNG, pixel for pixel (seed %i)", (seed) => {
    const original = randomMask(seed);
    const json = JSON.parse(JSON.stringify(serializeMask(original))) as unknown;
    const restored = restoreMask(parseMask(json));
    expect(restored.shapes.map((s) => s.tool)).toEqual(original.shapes.map((s) => s.tool));
    expect(Buffer.from(exportMaskPng(restored)).equals(Buffer.from(exportMaskPng(original)))).toBe(true);
  });

  it("restores as one bitmap at the editor's size, the same coverage as drawn", () => {
    const original = randomMask(7);
    const coverage = restoredCoverage(parseMask(serializeMask(original)), original.width, original.height);
    expect(diffCount(coverage, rasterize(original))).toBe(0);
  });
});

describe("parseMask refuses", () => {
  const ok = serializeMask(drag(blank(), { tool: "rect", size: 0, feather: 0 }, [[10, 10], [40, 40]]));

  it("an unknown tool, with a sentence", () => {
    expect(() => parseMask({ ...ok, shapes: [{ tool: "spray", points: [1, 2] }] })).toThrow(/saved mask is not usable.*shapes\.0/);
  });

  it("a shape with too many points", () => {
    const points = Array.from({ length: MASK_LIMITS.points + 2 }, (_, i) => i % 100);
    expect(() => parseMask({ ...ok, shapes: [{ tool: "lasso", points, feather: 0 }] })).toThrow(/at most 10000 points/);
  });

  it("too many points in all", () => {
    const shape = { tool: "lasso", points: Array.from({ length: MASK_LIMITS.points }, (_, i) => i % 100), feather: 0 };
    expect(() => parseMask({ ...ok, shapes: Array.from({ length: 11 }, () => shape) })).toThrow(/points in all/);
  });

  it("a mask larger than an image may be, and a bitmap of another size", () => {
    expect(() => parseMask({ ...ok, width: 16384, height: 16384 })).toThrow(/larger than an image/);
    const other = serializeMask(maskReducer(blank(50, 50), { type: "load", coverage: new Uint8ClampedArray(2500) }));
    expect(() => restoreMask(parseMask({ ...other, width: 100, height: 100 }))).toThrow(/bitmap is not 100×100/);
  });
});
