"use client";

import { Maximize, ZoomIn, ZoomOut } from "lucide-react";
import { ToolButton } from "./tool-button";

export function ZoomControls(props: { scale: number; onZoom: (factor: number) => void; onFit: () => void; onActual: () => void }) {
  return (
    <div role="group" aria-label="Zoom" className="flex items-center gap-0.5">
      <ToolButton icon={ZoomOut} label="Zoom out" shortcut="-" onClick={() => props.onZoom(1 / 1.25)} testId="zoom-out" />
      <output aria-live="polite" aria-label="Zoom level" className="w-12 text-center text-xs tabular-nums text-muted" data-testid="zoom-level">
        {Math.round(props.scale * 100)}%
      </output>
      <ToolButton icon={ZoomIn} label="Zoom in" shortcut="+" onClick={() => props.onZoom(1.25)} testId="zoom-in" />
      <button
        type="button"
        onClick={props.onFit}
        title="Fit to the pane (0)"
        aria-keyshortcuts="0"
        data-testid="zoom-fit"
        className="inline-flex h-9 items-center gap-1 rounded px-2 text-xs text-muted hover:bg-raised hover:text-fg"
      >
        <Maximize className="size-3.5" aria-hidden /> Fit
      </button>
      <button
        type="button"
        onClick={props.onActual}
        title="Actual pixels (1)"
        aria-keyshortcuts="1"
        data-testid="zoom-100"
        className="h-9 rounded px-2 text-xs text-muted tabular-nums hover:bg-raised hover:text-fg"
      >
        100%
      </button>
    </div>
  );
}
