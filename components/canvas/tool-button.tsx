"use client";

import type { LucideIcon } from "lucide-react";

/** An icon button with its name and shortcut in the tooltip; `pressed` marks the active tool. */
export function ToolButton(props: {
  icon: LucideIcon;
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  testId?: string;
}) {
  const Icon = props.icon;
  const title = props.shortcut ? `${props.label} (${props.shortcut})` : props.label;
  return (
    <button
      type="button"
      title={title}
      aria-label={props.label}
      aria-pressed={props.pressed}
      aria-keyshortcuts={props.shortcut}
      disabled={props.disabled}
      onClick={props.onClick}
      data-testid={props.testId}
      className={`grid size-9 place-items-center rounded transition disabled:cursor-not-allowed disabled:opacity-40 ${
        props.pressed ? "bg-accent text-accent-fg" : "text-muted hover:bg-raised hover:text-fg"
      }`}
    >
      <Icon className="size-[18px]" aria-hidden />
    </button>
  );
}

export const Divider = () => <span aria-hidden className="mx-1 h-6 w-px bg-line" />;
