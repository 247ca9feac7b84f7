import { describe, expect, it } from "vitest";
import type { MaskModel, MaskShape } from "./model";
import { applyShape, coverageToOverlay, createField, rasterize } from "./rasterize";
import { at, countAtLeast, diffCount } from "./test-helpers";

const model = (shapes: MaskShape[], width = 100, height = 100): MaskModel => ({ width, height, shapes });
const lasso = (points: number[], feather = 0): MaskShape => ({ id: "l", tool: "lasso", points, size: 0, feather });

describe("lasso", () => {
  it("fills a triangle with its area to within 1%", () => {
    const tri = [30, 20, 370, 90, 140, 280];
    const area = Math.abs((tri[2]! - tri[0]!) * (tri[5]! - tri[1]!) - (tri[4]! - tri[0]!) * (tri[3]! - tri[1]!)) / 2;
    const filled = countAtLeast(rasterize(model([lasso(tri)], 400, 300)), 255);
    expect(Math.abs(filled - area) / area).toBeLessThan(0.01);
  });

  it("keeps a loop drawn twice round filled (non-zero rule, no even-odd hole)", () => {
    const square = [10, 10, 90, 10, 90, 90, 10, 90];
    const c = rasterize(model([lasso([...square, ...square])]));
    expect(at(c, 100, 50, 50)).toBe(255);
  });

  it("clips a shape that leaves the image", () => {
    const c = rasterize(model([lasso([-50, -50, 50, -50, 50, 50, -50, 50])]));
    expect(countAtLeast(c, 255)).toBe(50 * 50);
  });
});

describe("feather", () => {
  it("keeps the inside fully marked and falls off monotonically outside the edge", () => {
    const rect: MaskShape = { id: "r", tool: "rect", points: [40, 40, 60, 60], size: 0, feather: 10 };
    const c = rasterize(model([rect]));
    expect(at(c, 100, 50, 50)).toBe(255);
    expect(at(c, 100, 59, 50)).toBe(255);
    const ramp = [60, 62, 64, 66, 68, 70].map((x) => at(c, 100, x, 50));
    expect(ramp).toEqual([242, 191, 140, 89, 38, 0]); // 255 × (1 − (x + 0.5 − 60) / 10)
    expect(ramp.filter((v) => v > 0 && v < 255).length).toBeGreaterThanOrEqual(4);
    expect(at(c, 100, 75, 50)).toBe(0);
  });

  it("softens brush edges the same way along the whole stroke", () => {
    const stroke: MaskShape = { id: "b", tool: "brush", points: [20, 50, 80, 50], size: 10, feather: 6 };
    const c = rasterize(model([stroke]));
    const column = (x: number) => [50, 54, 55, 57, 59, 61, 62].map((y) => at(c, 100, x, y));
    expect(column(30)).toEqual(column(70));
    const col = column(30);
    for (let i = 1; i < col.length; i++) expect(col[i]!).toBeLessThanOrEqual(col[i - 1]!);
    expect(col[0]).toBe(255);
    expect(col.at(-1)).toBe(0);
    expect(col.some((v) => v > 0 && v < 255)).toBe(true);
  });

  it("a feathered eraser leaves a soft hole", () => {
    const c = rasterize(model([
      { id: "f", tool: "fill" },
      { id: "e", tool: "eraser", points: [50, 50], size: 20, feather: 10 },
    ]));
    expect(at(c, 100, 50, 50)).toBe(0);
    const edge = at(c, 100, 65, 50);
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
    expect(at(c, 100, 90, 50)).toBe(255);
  });
});

describe("whole-mask operations", () => {
  it("invert flips coverage, then later strokes paint on top", () => {
    const c = rasterize(model([
      { id: "a", tool: "rect", points: [0, 0, 50, 100], size: 0, feather: 0 },
      { id: "b", tool: "invert" },
      { id: "c", tool: "eraser", points: [75, 50], size: 10, feather: 0 },
    ]));
    expect([at(c, 100, 25, 50), at(c, 100, 75, 20), at(c, 100, 75, 50)]).toEqual([0, 255, 0]);
  });

  it("a clear hides everything before it", () => {
    const c = rasterize(model([{ id: "a", tool: "fill" }, { id: "b", tool: "clear" }]));
    expect(countAtLeast(c, 1)).toBe(0);
  });
});

it("applyShape on a kept bitmap matches a full replay", () => {
  const shapes: MaskShape[] = [
    { id: "1", tool: "brush", points: [10, 10, 90, 80, 20, 90], size: 12, feather: 3 },
    { id: "2", tool: "eraser", points: [0, 50, 100, 50], size: 8, feather: 2 },
    lasso([60, 5, 95, 30, 70, 40], 4),
  ];
  const kept = new Uint8ClampedArray(100 * 100);
  const field = createField(100, 100);
  for (const s of shapes) applyShape(kept, 100, 100, s, field);
  expect(diffCount(kept, rasterize(model(shapes)))).toBe(0);
  expect(countAtLeast(kept, 255)).toBeGreaterThan(1000);
});

it("overlay colours marked pixels at the chosen opacity", () => {
  const rgba = coverageToOverlay(new Uint8ClampedArray([0, 255]), [255, 0, 128], 0.5);
  expect(Array.from(rgba)).toEqual([255, 0, 128, 0, 255, 0, 128, 128]);
});

// Speed is measured in bench/, never asserted here.
it("rasterizes 200 brush and eraser strokes on 1536×1024", () => {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const shapes: MaskShape[] = [];
  for (let s = 0; s < 200; s++) {
    const points = [rnd() * 1536, rnd() * 1024];
    for (let k = 0; k < 30; k++) {
      const [x = 0, y = 0] = points.slice(-2);
      points.push(x + (rnd() - 0.5) * 40, y + (rnd() - 0.5) * 40);
    }
    shapes.push({ id: `${s}`, tool: s % 10 === 9 ? "eraser" : "brush", points, size: 20 + rnd() * 60, feather: 4 });
  }
  const c = rasterize(model(shapes, 1536, 1024));
  expect(c.length).toBe(1536 * 1024);
  expect(countAtLeast(c, 255)).toBeGreaterThan(100_000);
  expect(countAtLeast(c, 1)).toBeLessThan(1536 * 1024);
});
