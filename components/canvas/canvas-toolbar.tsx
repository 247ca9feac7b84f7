"use client";

// The editor's top bar: drawing tools, whole-mask operations, history and help.
import { Brush, Contrast, Eraser, Keyboard, Lasso, PaintBucket, Redo2, Square, Trash, Undo2 } from "lucide-react";
import type { DrawTool } from "@/lib/canvas/model";
import type { MaskAction } from "@/lib/canvas/reducer";
import { Divider, ToolButton } from "./tool-button";

const TOOLS = [
  { tool: "brush", label: "Brush", key: "B", icon: Brush },
  { tool: "eraser", label: "Eraser", key: "E", icon: Eraser },
  { tool: "rect", label: "Rectangle", key: "R", icon: Square },
  { tool: "lasso", label: "Lasso", key: "L", icon: Lasso },
] as const;

export function CanvasToolbar(props: {
  tool: DrawTool;
  onTool: (t: DrawTool) => void;
  dispatch: (a: MaskAction) => void;
  canUndo: boolean;
  canRedo: boolean;
  onHelp: () => void;
  /** Mask file buttons, after the history buttons. */
  files?: React.ReactNode;
  children?: React.ReactNode;
}) {
  const { dispatch } = props;
  return (
    <div role="toolbar" aria-label="Mask tools" className="flex flex-wrap items-center gap-0.5 border-b border-line bg-surface px-2 py-1">
      {TOOLS.map((t) => (
        <ToolButton
          key={t.tool}
          icon={t.icon}
          label={t.label}
          shortcut={t.key}
          pressed={props.tool === t.tool}
          onClick={() => props.onTool(t.tool)}
          testId={`tool-${t.tool}`}
        />
      ))}
      <Divider />
      <ToolButton icon={PaintBucket} label="Mark everything" shortcut="F" onClick={() => dispatch({ type: "fill" })} testId="tool-fill" />
      <ToolButton icon={Trash} label="Clear the mask" shortcut="Delete" onClick={() => dispatch({ type: "clear" })} testId="tool-clear" />
      <ToolButton icon={Contrast} label="Invert the mask" shortcut="I" onClick={() => dispatch({ type: "invert" })} testId="tool-invert" />
      <Divider />
      <ToolButton icon={Undo2} label="Undo" shortcut="Control+Z" disabled={!props.canUndo} onClick={() => dispatch({ type: "undo" })} testId="undo" />
      <ToolButton icon={Redo2} label="Redo" shortcut="Control+Shift+Z" disabled={!props.canRedo} onClick={() => dispatch({ type: "redo" })} testId="redo" />
      <Divider />
      {props.files}
      <div className="ml-auto flex items-center gap-0.5">
        {props.children}
        <ToolButton icon={Keyboard} label="Keyboard shortcuts" shortcut="?" onClick={props.onHelp} testId="shortcuts-button" />
      </div>
    </div>
  );
}
