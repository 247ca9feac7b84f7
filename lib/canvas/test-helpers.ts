// Shared by the canvas tests: drive a tool like a pointer would, and read pixels back.
import { createMaskState, type MaskState } from "./model";
import { decodePng } from "./png";
import { maskReducer } from "./reducer";
import { IDLE, toolPointerDown, toolPointerMove, toolPointerUp, type ToolOptions } from "./tools";

/** Presses at the first point, moves through the rest, releases at the last; commits the result. */
export function drag(state: MaskState, options: ToolOptions, path: [number, number][]): MaskState {
  const [first, ...rest] = path;
  if (!first) throw new Error("drag needs at least one point");
  let tool = toolPointerDown(IDLE, { x: first[0], y: first[1] }, options);
  for (const [x, y] of rest.slice(0, -1)) tool = toolPointerMove(tool, { x, y });
  const end = rest.at(-1) ?? first;
  const { shape } = toolPointerUp(tool, { x: end[0], y: end[1] });
  return shape ? maskReducer(state, { type: "commit", shape }) : state;
}

export const blank = (width = 100, height = 100) => createMaskState(width, height);

export function at(coverage: Uint8ClampedArray, width: number, x: number, y: number): number {
  const v = coverage[y * width + x];
  if (v === undefined) throw new RangeError(`pixel ${x},${y} is outside the mask`);
  return v;
}

export function countAtLeast(coverage: Uint8ClampedArray, threshold: number): number {
  let n = 0;
  for (const v of coverage) if (v >= threshold) n++;
  return n;
}

/** How many pixels differ: vitest's deep equality on big typed arrays is very slow. */
export function diffCount(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** The alpha channel of a PNG (any colour type; opaque files give all 255). */
export function maskAlphaFromPng(bytes: Uint8Array): { width: number; height: number; alpha: Uint8ClampedArray } {
  const { width, height, rgba } = decodePng(bytes);
  const alpha = new Uint8ClampedArray(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
  return { width, height, alpha };
}
