import { describe, expect, it } from "vitest";
import { draftOf, IDLE, toolCancel, toolPointerDown, toolPointerMove, toolPointerUp, type ToolState } from "./tools";

const down = (tool: "brush" | "eraser" | "rect" | "lasso", x = 0, y = 0, size = 8, feather = 2) =>
  toolPointerDown(IDLE, { x, y }, { tool, size, feather });

describe("tools", () => {
  it("idle ignores moves and ups", () => {
    expect(toolPointerMove(IDLE, { x: 5, y: 5 })).toBe(IDLE);
    expect(toolPointerUp(IDLE, { x: 5, y: 5 })).toEqual({ state: IDLE, shape: null });
  });

  it("brush records a polyline, drops sub-pixel jitter and returns to idle on up", () => {
    let s = down("brush", 10, 10);
    const before = s;
    s = toolPointerMove(s, { x: 10.5, y: 10.5 });
    expect(s).toBe(before); // closer than 1 px: same object, nothing to redraw
    s = toolPointerMove(s, { x: 20, y: 10 });
    const { state, shape } = toolPointerUp(s, { x: 20, y: 30 });
    expect(state).toEqual(IDLE);
    expect(shape).toEqual({ tool: "brush", size: 8, feather: 2, points: [10, 10, 20, 10, 20, 30] });
  });

  it("a click without movement is a one-point dot", () => {
    const { shape } = toolPointerUp(down("eraser", 3, 4), { x: 3, y: 4 });
    expect(shape).toEqual({ tool: "eraser", size: 8, feather: 2, points: [3, 4] });
  });

  it("a second pointer-down while drawing does not restart the stroke", () => {
    const s = toolPointerMove(down("brush", 1, 1), { x: 9, y: 9 });
    expect(toolPointerDown(s, { x: 50, y: 50 }, { tool: "rect", size: 1, feather: 0 })).toBe(s);
  });

  it("rect keeps two corners and normalises them on release", () => {
    let s: ToolState = down("rect", 40, 10);
    s = toolPointerMove(s, { x: 5, y: 30 });
    expect(s.status === "drawing" && s.points).toEqual([40, 10, 5, 30]);
    expect(toolPointerUp(s, { x: 10, y: 50 }).shape).toEqual({ tool: "rect", size: 0, feather: 2, points: [10, 10, 40, 50] });
  });

  it("a rect with no area commits nothing", () => {
    expect(toolPointerUp(down("rect", 5, 5), { x: 5, y: 40 }).shape).toBeNull();
  });

  it("lasso drops points under 1 px apart and closes without repeating the start", () => {
    let s = down("lasso", 0, 0);
    for (const [x, y] of [[0.4, 0.3], [10, 0], [10.2, 0.5], [10, 10], [0, 10]] as const) s = toolPointerMove(s, { x, y });
    const { shape } = toolPointerUp(s, { x: 0.5, y: 0.2 });
    expect(shape?.points).toEqual([0, 0, 10, 0, 10, 10, 0, 10]);
  });

  it("a lasso of fewer than three points commits nothing", () => {
    const s = toolPointerMove(down("lasso"), { x: 10, y: 10 });
    expect(toolPointerUp(s, { x: 10, y: 10 }).shape).toBeNull();
  });

  it("draftOf previews the buffer and cancel drops it", () => {
    const s = toolPointerMove(down("rect", 9, 9), { x: 1, y: 2 });
    expect(draftOf(s)?.points).toEqual([1, 2, 9, 9]);
    expect(draftOf(toolCancel())).toBeNull();
  });
});
