import { describe, expect, it } from "vitest";
import { canRedo, canUndo, type ShapeDraft } from "./model";
import { maskReducer } from "./reducer";
import { rasterize } from "./rasterize";
import { at, blank, countAtLeast, diffCount, drag } from "./test-helpers";

const brush = { tool: "brush", size: 10, feather: 0 } as const;

describe("each tool through the reducer", () => {
  it("brush paints a thick line with round caps", () => {
    const s = drag(blank(), brush, [[20, 50], [50, 50], [80, 50]]);
    expect(s.shapes).toHaveLength(1);
    expect(s.shapes[0]).toMatchObject({ id: "m1", tool: "brush", points: [20, 50, 50, 50, 80, 50], size: 10 });
    const c = rasterize(s);
    expect(at(c, 100, 50, 50)).toBe(255);
    expect(at(c, 100, 50, 45)).toBe(255); // 4.5 px from the centre line, inside radius 5
    expect(at(c, 100, 50, 44)).toBe(0); // 5.5 px away
    expect(at(c, 100, 15, 50)).toBe(255); // 4.5 px past the end: the round cap
    expect(at(c, 100, 16, 45)).toBe(0); // a square cap would reach this corner
    expect(at(c, 100, 84, 50)).toBe(255); // the far end's cap
    expect(at(c, 100, 83, 45)).toBe(0); // round there too
  });

  it("a brush click without movement is a dot of the brush's diameter", () => {
    const s = drag(blank(), brush, [[40, 40]]);
    expect(s.shapes[0]).toMatchObject({ tool: "brush", points: [40, 40] });
    const count = countAtLeast(rasterize(s), 255);
    expect(count).toBeGreaterThan(Math.PI * 25 * 0.9);
    expect(count).toBeLessThan(Math.PI * 25 * 1.1);
  });

  it("eraser removes coverage only along its path", () => {
    let s = maskReducer(blank(), { type: "fill" });
    s = drag(s, { tool: "eraser", size: 20, feather: 0 }, [[0, 50], [99, 50]]);
    const c = rasterize(s);
    expect(at(c, 100, 50, 50)).toBe(0);
    expect(at(c, 100, 50, 45)).toBe(0);
    expect(at(c, 100, 50, 20)).toBe(255);
  });

  it("rect dragged up-left is normalised and covers exactly its pixels", () => {
    const s = drag(blank(), { tool: "rect", size: 99, feather: 0 }, [[60, 70], [30, 40]]);
    expect(s.shapes[0]).toMatchObject({ tool: "rect", points: [30, 40, 60, 70], size: 0 });
    expect(countAtLeast(rasterize(s), 1)).toBe(30 * 30);
  });

  it("lasso fills the closed path", () => {
    const s = drag(blank(), { tool: "lasso", size: 0, feather: 0 }, [[10, 10], [90, 10], [90, 90], [10, 90]]);
    expect(countAtLeast(rasterize(s), 255)).toBe(80 * 80);
  });

  it("fill, clear and invert act on the whole mask in order", () => {
    let s = drag(blank(), { tool: "rect", size: 0, feather: 0 }, [[0, 0], [50, 100]]);
    s = maskReducer(s, { type: "invert" });
    let c = rasterize(s);
    expect([at(c, 100, 10, 10), at(c, 100, 70, 10)]).toEqual([0, 255]);
    s = maskReducer(s, { type: "fill" });
    expect(countAtLeast(rasterize(s), 255)).toBe(100 * 100);
    s = maskReducer(s, { type: "clear" });
    expect(countAtLeast(rasterize(s), 1)).toBe(0);
    s = maskReducer(s, { type: "undo" });
    c = rasterize(s);
    expect(at(c, 100, 99, 99)).toBe(255);
  });

  it("load replaces the coverage with the imported bitmap and can be undone", () => {
    const base = drag(blank(10, 10), { tool: "rect", size: 0, feather: 0 }, [[0, 0], [10, 5]]);
    const bitmap = new Uint8ClampedArray(100).fill(7);
    const s = maskReducer(base, { type: "load", coverage: bitmap });
    expect(rasterize(s)).toEqual(bitmap);
    expect(rasterize(maskReducer(s, { type: "undo" }))).toEqual(rasterize(base));
    expect(() => maskReducer(base, { type: "load", coverage: new Uint8ClampedArray(99) })).toThrow(/expected 100/);
  });
});

describe("history", () => {
  it("undoes and redoes 150 strokes step by step", () => {
    let s = blank(200, 200);
    const snapshots: Uint8ClampedArray[] = [rasterize(s)];
    for (let i = 0; i < 150; i++) {
      s = drag(s, { tool: i % 5 === 4 ? "eraser" : "brush", size: 6, feather: 0 }, [[i, 10 + i], [199 - i, 190 - i]]);
      snapshots.push(rasterize(s));
    }
    expect(s.shapes).toHaveLength(150);
    for (let i = 149; i >= 0; i--) {
      s = maskReducer(s, { type: "undo" });
      expect(diffCount(rasterize(s), snapshots[i]!)).toBe(0);
    }
    expect(canUndo(s)).toBe(false);
    for (let i = 1; i <= 150; i++) s = maskReducer(s, { type: "redo" });
    expect(diffCount(rasterize(s), snapshots[150]!)).toBe(0);
    expect(countAtLeast(rasterize(s), 255)).toBeGreaterThan(1000);
    expect(canRedo(s)).toBe(false);
  });

  it("a new commit clears redo and ids stay unique", () => {
    let s = drag(blank(), brush, [[10, 10]]);
    s = drag(s, brush, [[20, 20]]);
    s = maskReducer(s, { type: "undo" });
    expect(canRedo(s)).toBe(true);
    s = drag(s, brush, [[30, 30]]);
    expect(canRedo(s)).toBe(false);
    expect(s.shapes.map((x) => x.id)).toEqual(["m1", "m3"]);
  });

  it("returns the same object when nothing changes", () => {
    const empty = blank();
    expect(maskReducer(empty, { type: "undo" })).toBe(empty);
    expect(maskReducer(empty, { type: "redo" })).toBe(empty);
    expect(maskReducer(empty, { type: "clear" })).toBe(empty);
    expect(maskReducer(empty, { type: "reset", width: 100, height: 100 })).toBe(empty);
    expect(maskReducer(empty, { type: "resize", width: 100, height: 100 })).toBe(empty);
    const filled = maskReducer(empty, { type: "fill" });
    expect(maskReducer(filled, { type: "fill" })).toBe(filled);
    const bad: ShapeDraft = { tool: "lasso", size: 0, feather: 0, points: [1, 1, 5, 5] };
    expect(maskReducer(empty, { type: "commit", shape: bad })).toBe(empty);
    expect(maskReducer(empty, { type: "commit", shape: { ...brush, points: [1, NaN] } })).toBe(empty);
  });
});

describe("a new image", () => {
  it("reset empties the mask and the history at the new size", () => {
    const s = maskReducer(drag(blank(), brush, [[10, 10]]), { type: "reset", width: 30, height: 20 });
    expect(s).toMatchObject({ width: 30, height: 20, shapes: [], undone: [] });
  });

  it("resize scales shapes with the picture", () => {
    const s = drag(blank(100, 50), { tool: "rect", size: 0, feather: 4 }, [[10, 10], [30, 20]]);
    const big = maskReducer(s, { type: "resize", width: 200, height: 100 });
    expect(big.shapes[0]).toMatchObject({ points: [20, 20, 60, 40], feather: 8 });
    expect(countAtLeast(rasterize(big), 255)).toBe(40 * 20);
  });
});
