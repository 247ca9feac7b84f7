"use client";

// Drag a rectangle over the grid (starting on empty space, not on a tile) to select the tiles
// it touches; with Shift or Ctrl/Cmd held it adds to the selection. Reads the tiles on screen
// by their data-image-id, so it works with the virtualized rows.
import { useCallback, useState } from "react";

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const MIN_DRAG = 6;

export function useDragSelect(opts: { selected: Set<string>; onSelect: (ids: Set<string>) => void }) {
  const [rect, setRect] = useState<Rect | null>(null);

  const onPointerDown = useCallback(
    (e: React.PointerEvent<HTMLElement>) => {
      const target = e.target as HTMLElement;
      if (e.button !== 0 || target.closest("[data-image-id], a, button, input, select, textarea, [role=dialog]")) return;
      const root = e.currentTarget;
      const start = { x: e.clientX, y: e.clientY };
      const base = e.shiftKey || e.ctrlKey || e.metaKey ? new Set(opts.selected) : new Set<string>();
      let dragging = false;
      const move = (ev: PointerEvent) => {
        const box = { left: Math.min(start.x, ev.clientX), top: Math.min(start.y, ev.clientY), width: Math.abs(ev.clientX - start.x), height: Math.abs(ev.clientY - start.y) };
        if (!dragging && box.width < MIN_DRAG && box.height < MIN_DRAG) return;
        dragging = true;
        setRect(box);
        const hit = new Set(base);
        for (const tile of root.querySelectorAll<HTMLElement>("[data-image-id]")) {
          const r = tile.getBoundingClientRect();
          if (r.right >= box.left && r.left <= box.left + box.width && r.bottom >= box.top && r.top <= box.top + box.height) hit.add(tile.dataset.imageId!);
        }
        opts.onSelect(hit);
      };
      const up = () => {
        window.removeEventListener("pointermove", move);
        window.removeEventListener("pointerup", up);
        setRect(null);
      };
      window.addEventListener("pointermove", move);
      window.addEventListener("pointerup", up);
    },
    [opts],
  );

  return { rect, onPointerDown };
}
