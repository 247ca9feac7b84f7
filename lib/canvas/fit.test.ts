import { describe, expect, it } from "vitest";
import { fitPlan, mapBack, type FitPlan, type Point, type Rect } from "./fit";

// Where a point of the source lands in the fitted frame and back: the plan's geometry written
// out as an oracle for the tests (the app maps whole images with mapBack, never points).
const toTarget = (plan: FitPlan, p: Point): Point => ({
  x: plan.dx + (p.x * plan.drawW) / plan.source.width,
  y: plan.dy + (p.y * plan.drawH) / plan.source.height,
});
const toSource = (plan: FitPlan, p: Point): Point => ({
  x: ((p.x - plan.dx) * plan.source.width) / plan.drawW,
  y: ((p.y - plan.dy) * plan.source.height) / plan.drawH,
});

// A rect maps by its corners (nothing in the app maps rects, so this lives with the test).
function mapRect(r: Rect, map: (p: Point) => Point): Rect {
  const a = map({ x: r.x, y: r.y });
  const b = map({ x: r.x + r.width, y: r.y + r.height });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}
const rectToTarget = (plan: FitPlan, r: Rect) => mapRect(r, (p) => toTarget(plan, p));
const rectToSource = (plan: FitPlan, r: Rect) => mapRect(r, (p) => toSource(plan, p));

const LANDSCAPE = { width: 1536, height: 1024 };

describe("fitPlan", () => {
  it("letterboxes a square source into 1536×1024, centred", () => {
    const plan = fitPlan({ width: 2000, height: 2000 }, LANDSCAPE);
    expect(plan).toMatchObject({ scale: 0.512, dx: 256, dy: 0, drawW: 1024, drawH: 1024 });
  });

  it("pillarboxes a wide source and scales a small one up", () => {
    expect(fitPlan({ width: 800, height: 200 }, LANDSCAPE)).toMatchObject({ scale: 1.92, dx: 0, dy: 320, drawW: 1536, drawH: 384 });
  });

  it("rounds the drawn box to whole pixels inside the target", () => {
    const plan = fitPlan({ width: 1001, height: 667 }, LANDSCAPE);
    expect(Number.isInteger(plan.drawW) && Number.isInteger(plan.drawH)).toBe(true);
    expect(plan.dx + plan.drawW).toBeLessThanOrEqual(1536);
    expect(plan.dy + plan.drawH).toBeLessThanOrEqual(1024);
    expect(plan.drawW).toBe(1536);
  });

  it("rejects empty sizes", () => {
    expect(() => fitPlan({ width: 0, height: 10 }, LANDSCAPE)).toThrow(RangeError);
  });
});

describe("mapping", () => {
  const plan = fitPlan({ width: 1200, height: 1600 }, LANDSCAPE); // portrait into landscape

  it("sends the source corners to the drawn box's corners", () => {
    expect(toTarget(plan, { x: 0, y: 0 })).toEqual({ x: plan.dx, y: 0 });
    expect(toTarget(plan, { x: 1200, y: 1600 })).toEqual({ x: plan.dx + plan.drawW, y: 1024 });
  });

  it("round-trips points and rects", () => {
    const p = { x: 333.3, y: 1234.5 };
    const back = toSource(plan, toTarget(plan, p));
    expect(back.x).toBeCloseTo(p.x, 9);
    expect(back.y).toBeCloseTo(p.y, 9);
    const r = { x: 100, y: 200, width: 300, height: 400 };
    const t = rectToTarget(plan, r);
    expect(t.width).toBeCloseTo(300 * 0.64, 9);
    const rb = rectToSource(plan, t);
    for (const k of ["x", "y", "width", "height"] as const) expect(rb[k]).toBeCloseTo(r[k], 9);
  });
});

describe("mapBack", () => {
  it("crops the drawn box out of the output and resizes it to the source", () => {
    const plan = fitPlan({ width: 1200, height: 1600 }, LANDSCAPE);
    expect(mapBack(plan)).toEqual({
      crop: { x: plan.dx, y: 0, width: plan.drawW, height: 1024 },
      resizeTo: { width: 1200, height: 1600 },
    });
    expect(plan.drawW).toBe(768);
  });

  it("scales the crop when the output came back at another size", () => {
    const plan = fitPlan({ width: 1000, height: 1000 }, LANDSCAPE);
    expect(mapBack(plan, { width: 768, height: 512 }).crop).toEqual({ x: 128, y: 0, width: 512, height: 512 });
  });
});
