// The editor's keyboard: tools, brush size, history, zoom and the help sheet. Keys typed into
// a field belong to the field, so nothing here fires while one has focus.
import { useEffect, useRef, type RefObject } from "react";
import type { MaskAction } from "@/lib/canvas/reducer";
import { MAX_BRUSH, MIN_BRUSH, type BrushSettings } from "./types";

export interface ShortcutTargets {
  brush: BrushSettings;
  setBrush: (b: BrushSettings) => void;
  toggleMask: () => void;
  dispatch: (a: MaskAction) => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
  actualSize: () => void;
  cancelStroke: () => void;
  openHelp: () => void;
}

const TOOL_KEYS = { b: "brush", e: "eraser", r: "rect", l: "lasso" } as const;

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el?.tagName) return false;
  if (el.isContentEditable || el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return el.tagName === "INPUT" && !["range", "checkbox", "radio", "button", "color", "file"].includes((el as HTMLInputElement).type);
}

/** `spaceHeld` is kept true while the space bar is down (for space-drag panning). */
export function useCanvasShortcuts(spaceHeld: RefObject<boolean>, targets: ShortcutTargets) {
  const t = useRef(targets);
  useEffect(() => {
    t.current = targets;
  });

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey) return;
      const { brush, setBrush, dispatch } = t.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === "z") dispatch({ type: e.shiftKey ? "redo" : "undo" });
      else if (mod && key === "y") dispatch({ type: "redo" });
      else if (mod) handled = false;
      else if (key === " ") {
        // A focused button keeps Space for itself (keyboard users press buttons with it).
        if ((e.target as HTMLElement | null)?.closest?.("button, a, summary, [role=button]")) return;
        spaceHeld.current = true;
      }
      else if (key in TOOL_KEYS) setBrush({ ...brush, tool: TOOL_KEYS[key as keyof typeof TOOL_KEYS] });
      else if (key === "[" || key === "]") {
        // Steps proportional to the size, so small and large brushes both adjust quickly.
        const step = Math.max(1, Math.round(brush.size * 0.15));
        const size = Math.min(MAX_BRUSH, Math.max(MIN_BRUSH, brush.size + (key === "]" ? step : -step)));
        setBrush({ ...brush, size });
      } else if (key === "h") t.current.toggleMask();
      else if (key === "f") dispatch({ type: "fill" });
      else if (key === "delete" || key === "backspace") dispatch({ type: "clear" });
      else if (key === "i") dispatch({ type: "invert" });
      else if (key === "+" || key === "=") t.current.zoomBy(1.25);
      else if (key === "-") t.current.zoomBy(1 / 1.25);
      else if (key === "0") t.current.fit();
      else if (key === "1") t.current.actualSize();
      else if (key === "escape") t.current.cancelStroke();
      else if (key === "?") t.current.openHelp();
      else handled = false;
      // Space would otherwise scroll the page or press the focused button.
      if (handled) e.preventDefault();
    };
    const up = (e: KeyboardEvent) => {
      if (e.key === " ") spaceHeld.current = false;
    };
    const blur = () => (spaceHeld.current = false);
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    window.addEventListener("blur", blur);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
      window.removeEventListener("blur", blur);
    };
  }, [spaceHeld]);
}
