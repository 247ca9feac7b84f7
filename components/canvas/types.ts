// View-side settings of the mask editor. The mask itself is lib/canvas's model; these only
// say how it is drawn and which tool the next stroke uses.
import type { DrawTool, ShapeDraft } from "@/lib/canvas/model";

export type BrushSettings = { tool: DrawTool; size: number; feather: number };

export type OverlaySettings = { color: string; opacity: number; visible: boolean };

/** Screen position of image pixel (0, 0) and the zoom: screen = image × scale + offset. */
export type Viewport = { scale: number; x: number; y: number };

export type BaseImage = { src: string; width: number; height: number };

/** What the pointer code tells the Konva stage without a React render per pointer move. */
export interface DraftSink {
  draw(draft: ShapeDraft | null): void;
  cursor(point: { x: number; y: number } | null): void;
}

export const MIN_BRUSH = 1;
export const MAX_BRUSH = 400;
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 32;

export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
