// Drawing tools as tiny state machines (idle → drawing → idle), in the manner of tldraw's
// StateNode tools. The buffer is the stroke in progress; pointer-up yields one shape to commit.
import type { DrawTool, ShapeDraft } from "./model";

export type Point = { x: number; y: number };

export type ToolOptions = {
  tool: DrawTool;
  /** Brush/eraser diameter in image pixels (ignored by rect and lasso). */
  size: number;
  feather: number;
  /** Points closer than this to the previous one are dropped. Default 1 px. */
  minDistance?: number;
};

export type ToolState =
  | { status: "idle" }
  | {
      status: "drawing";
      tool: DrawTool;
      size: number;
      feather: number;
      minDistance: number;
      /** Flat x,y. For rect: [startX, startY, currentX, currentY], not yet normalised. */
      points: number[];
    };

export const IDLE: ToolState = { status: "idle" };

export function toolPointerDown(state: ToolState, point: Point, options: ToolOptions): ToolState {
  // A second pointer while drawing (multi-touch, pen + mouse) must not restart the stroke.
  if (state.status === "drawing") return state;
  const { x, y } = point;
  return {
    status: "drawing",
    tool: options.tool,
    size: options.tool === "brush" || options.tool === "eraser" ? options.size : 0,
    feather: Math.max(0, options.feather),
    minDistance: options.minDistance ?? 1,
    points: options.tool === "rect" ? [x, y, x, y] : [x, y],
  };
}

/** Returns the same object when the point adds nothing, so a renderer can skip the frame. */
export function toolPointerMove(state: ToolState, point: Point): ToolState {
  if (state.status === "idle") return state;
  if (state.tool === "rect") {
    const [x0 = 0, y0 = 0, x1, y1] = state.points;
    if (x1 === point.x && y1 === point.y) return state;
    return { ...state, points: [x0, y0, point.x, point.y] };
  }
  const n = state.points.length;
  const dx = point.x - state.points[n - 2]!;
  const dy = point.y - state.points[n - 1]!;
  if (dx * dx + dy * dy < state.minDistance * state.minDistance) return state;
  return { ...state, points: [...state.points, point.x, point.y] };
}

export function toolPointerUp(state: ToolState, point: Point): { state: ToolState; shape: ShapeDraft | null } {
  if (state.status === "idle") return { state, shape: null };
  const last = toolPointerMove(state, point);
  return { state: IDLE, shape: last.status === "drawing" ? draftOf(last) : null };
}

/** Escape: drop the buffer without committing. */
export function toolCancel(): ToolState {
  return IDLE;
}

/**
 * The shape the buffer would commit right now (null if it would commit nothing), for drawing
 * the preview with the same geometry the rasterizer will use.
 */
export function draftOf(state: ToolState): ShapeDraft | null {
  if (state.status === "idle") return null;
  const { tool, size, feather, points } = state;
  switch (tool) {
    case "brush":
    case "eraser":
      // A click without movement is a single pair: the rasterizer draws it as a dot.
      return { tool, size, feather, points: [...points] };
    case "rect": {
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = points;
      const rect = [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
      if (rect[2]! - rect[0]! <= 0 || rect[3]! - rect[1]! <= 0) return null;
      return { tool, size: 0, feather, points: rect };
    }
    case "lasso": {
      const closed = dropClosingPoint(points, state.minDistance);
      return closed.length >= 6 ? { tool, size: 0, feather, points: closed } : null;
    }
  }
}

// The polygon closes itself; a last point on top of the first would only add a null edge.
function dropClosingPoint(points: number[], minDistance: number): number[] {
  const n = points.length;
  if (n < 4) return [...points];
  const dx = points[n - 2]! - points[0]!;
  const dy = points[n - 1]! - points[1]!;
  return dx * dx + dy * dy < minDistance * minDistance ? points.slice(0, -2) : [...points];
}
