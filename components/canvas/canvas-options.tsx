"use client";

// The editor's bottom bar: brush size and softness, and how the mask is shown.
import { Eye, EyeOff } from "lucide-react";
import { MAX_BRUSH, MIN_BRUSH, type BrushSettings, type OverlaySettings } from "./types";
import { ToolButton } from "./tool-button";

export function CanvasOptions(props: {
  brush: BrushSettings;
  onBrush: (b: BrushSettings) => void;
  overlay: OverlaySettings;
  onOverlay: (o: OverlaySettings) => void;
}) {
  const { brush, overlay } = props;
  const round = brush.tool === "brush" || brush.tool === "eraser";
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-line bg-surface px-3 py-1.5 text-xs text-muted">
      <Slider
        id="brush-size"
        label="Size"
        hint="[ and ]"
        value={brush.size}
        min={MIN_BRUSH}
        max={MAX_BRUSH}
        unit="px"
        disabled={!round}
        onChange={(size) => props.onBrush({ ...brush, size })}
      />
      <Slider id="feather" label="Feather" value={brush.feather} min={0} max={64} unit="px" onChange={(feather) => props.onBrush({ ...brush, feather })} />
      <span className="flex items-center gap-1.5">
        <label htmlFor="mask-color">Colour</label>
        <input
          id="mask-color"
          type="color"
          value={overlay.color}
          onChange={(e) => props.onOverlay({ ...overlay, color: e.target.value })}
          className="h-6 w-7 cursor-pointer rounded border border-line bg-transparent"
        />
      </span>
      <Slider
        id="mask-opacity"
        label="Opacity"
        value={Math.round(overlay.opacity * 100)}
        min={10}
        max={100}
        unit="%"
        onChange={(v) => props.onOverlay({ ...overlay, opacity: v / 100 })}
      />
      <ToolButton
        icon={overlay.visible ? Eye : EyeOff}
        label={overlay.visible ? "Hide the mask" : "Show the mask"}
        shortcut="H"
        pressed={!overlay.visible}
        onClick={() => props.onOverlay({ ...overlay, visible: !overlay.visible })}
        testId="toggle-mask"
      />
    </div>
  );
}

function Slider(props: {
  id: string;
  label: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  unit: string;
  disabled?: boolean;
  onChange: (v: number) => void;
}) {
  return (
    <span className={`flex items-center gap-1.5 ${props.disabled ? "opacity-40" : ""}`}>
      <label htmlFor={props.id} title={props.hint ? `${props.label} (${props.hint})` : undefined}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="range"
        min={props.min}
        max={props.max}
        value={props.value}
        disabled={props.disabled}
        onChange={(e) => props.onChange(Number(e.target.value))}
        className="w-20 accent-[var(--color-accent)]"
        data-testid={props.id}
      />
      <span className="w-10 tabular-nums text-fg">
        {props.value}
        {props.unit}
      </span>
    </span>
  );
}
