// The inpainting mask as plain data: an ordered list of entries replayed onto an empty mask.
// Coordinates are image pixels; coverage 255 means "marked for edit".

/** A freehand stroke: a round-capped polyline of diameter `size`. The eraser removes coverage. */
export type StrokeShape = {
  id: string;
  tool: "brush" | "eraser";
  /** Flat x,y pairs; a single pair is a dot. */
  points: number[];
  size: number;
  feather: number;
};

/** An axis-aligned rectangle, `points` = [left, top, right, bottom] with left ≤ right, top ≤ bottom. */
export type RectShape = { id: string; tool: "rect"; points: number[]; size: 0; feather: number };

/** A closed polygon (the last point joins the first implicitly), filled by the non-zero rule. */
export type LassoShape = { id: string; tool: "lasso"; points: number[]; size: 0; feather: number };

/** Whole-mask operations: fill marks everything, clear nothing, invert flips coverage. */
export type MaskOp = { id: string; tool: "fill" | "clear" | "invert" };

/**
 * An imported mask: replaces the coverage with this bitmap (width × height of the model).
 * A typed array survives structured clone (postMessage, IndexedDB) but not JSON.
 */
export type BitmapLayer = { id: string; tool: "bitmap"; coverage: Uint8ClampedArray };

export type DrawnShape = StrokeShape | RectShape | LassoShape;
export type MaskShape = DrawnShape | MaskOp | BitmapLayer;
export type DrawTool = DrawnShape["tool"];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a tool hands to the reducer; the reducer assigns the id. */
export type ShapeDraft = DistributiveOmit<DrawnShape, "id">;

export type MaskModel = {
  width: number;
  height: number;
  /** Replayed in order; undo pops from the end. */
  shapes: readonly MaskShape[];
};

/**
 * The model plus its redo stack. Undo moves the last entry to `undone`, so history costs
 * nothing beyond the shapes themselves and is as deep as the list (no cap).
 */
export type MaskState = MaskModel & {
  undone: readonly MaskShape[];
  /** Next id number; ids never repeat within a state's lifetime, even across undo. */
  seq: number;
};

export function createMaskState(width: number, height: number): MaskState {
  assertSize(width, height);
  return { width, height, shapes: [], undone: [], seq: 1 };
}

export function assertSize(width: number, height: number): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`mask size must be positive integers, got ${width}×${height}`);
  }
}

export function isDrawnShape(shape: MaskShape): shape is DrawnShape {
  return shape.tool === "brush" || shape.tool === "eraser" || shape.tool === "rect" || shape.tool === "lasso";
}

export const canUndo = (state: MaskState): boolean => state.shapes.length > 0;
export const canRedo = (state: MaskState): boolean => state.undone.length > 0;
