// The only way the mask changes. Pure: a no-op action returns the very same state object.
import {
  assertSize,
  createMaskState,
  type BitmapLayer,
  type MaskOp,
  type MaskShape,
  type MaskState,
  type ShapeDraft,
} from "./model";
import { resampleCoverage } from "./resample";

export type MaskAction =
  | { type: "commit"; shape: ShapeDraft }
  | { type: "fill" }
  | { type: "clear" }
  | { type: "invert" }
  | { type: "undo" }
  | { type: "redo" }
  /** Coverage bitmap of exactly width × height (see importMask), replacing what is drawn. */
  | { type: "load"; coverage: Uint8ClampedArray }
  /** Same picture at another size: shapes scale along. */
  | { type: "resize"; width: number; height: number }
  /** A new picture: empty mask, empty history. */
  | { type: "reset"; width: number; height: number };

export function maskReducer(state: MaskState, action: MaskAction): MaskState {
  switch (action.type) {
    case "commit":
      return isValidDraft(action.shape) ? push(state, action.shape) : state;
    case "fill":
    case "clear": {
      const last = state.shapes.at(-1);
      // Repeating a fill or clear changes nothing visible, so it should not cost an undo step.
      if (last?.tool === action.type) return state;
      if (action.type === "clear" && state.shapes.length === 0) return state;
      return push(state, { tool: action.type });
    }
    case "invert":
      return push(state, { tool: "invert" });
    case "load": {
      const expected = state.width * state.height;
      if (action.coverage.length !== expected) {
        throw new RangeError(`load: coverage has ${action.coverage.length} values, expected ${expected}`);
      }
      return push(state, { tool: "bitmap", coverage: action.coverage });
    }
    case "undo": {
      const last = state.shapes.at(-1);
      if (!last) return state;
      return { ...state, shapes: state.shapes.slice(0, -1), undone: [...state.undone, last] };
    }
    case "redo": {
      const next = state.undone.at(-1);
      if (!next) return state;
      return { ...state, shapes: [...state.shapes, next], undone: state.undone.slice(0, -1) };
    }
    case "resize":
      return resize(state, action.width, action.height);
    case "reset":
      if (isEmpty(state) && state.width === action.width && state.height === action.height) return state;
      return createMaskState(action.width, action.height);
  }
}

const isEmpty = (s: MaskState) => s.shapes.length === 0 && s.undone.length === 0;

type NewEntry = ShapeDraft | Omit<MaskOp, "id"> | Omit<BitmapLayer, "id">;

function push(state: MaskState, entry: NewEntry): MaskState {
  const withId = { ...entry, id: `m${state.seq}` } as MaskShape;
  return { ...state, shapes: [...state.shapes, withId], undone: [], seq: state.seq + 1 };
}

export function isValidDraft(draft: ShapeDraft): boolean {
  const p = draft.points;
  if (p.length % 2 !== 0 || !p.every(Number.isFinite)) return false;
  if (!(draft.feather >= 0)) return false;
  switch (draft.tool) {
    case "brush":
    case "eraser":
      return p.length >= 2 && draft.size > 0;
    case "rect":
      return p.length === 4 && p[0]! < p[2]! && p[1]! < p[3]!;
    case "lasso":
      return p.length >= 6;
  }
}

function resize(state: MaskState, width: number, height: number): MaskState {
  assertSize(width, height);
  if (width === state.width && height === state.height) return state;
  const sx = width / state.width;
  const sy = height / state.height;
  // Lengths (brush size, feather) follow the geometric mean, so a uniform scale is exact.
  const sl = Math.sqrt(sx * sy);
  const scale = (shape: MaskShape): MaskShape => {
    switch (shape.tool) {
      case "fill":
      case "clear":
      case "invert":
        return shape;
      case "bitmap":
        return { ...shape, coverage: resampleCoverage(shape.coverage, state.width, state.height, width, height) };
      default:
        return {
          ...shape,
          points: shape.points.map((v, i) => (i % 2 === 0 ? v * sx : v * sy)),
          size: shape.size * sl,
          feather: shape.feather * sl,
        } as MaskShape;
    }
  };
  return { ...state, width, height, shapes: state.shapes.map(scale), undone: state.undone.map(scale) };
}
