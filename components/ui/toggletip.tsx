"use client";

// What a hover tooltip would hide, opened by click, tap or keyboard (Enter/Space) instead: a
// button that shows a small panel next to it. Escape, a tap elsewhere or moving focus away
// closes it. The panel is a live region, so a screen reader reads it when it opens.
import { useEffect, useId, useRef, useState } from "react";

export function Toggletip(props: {
  /** What stays visible: the figure or badge itself. */
  label: React.ReactNode;
  /** Its name for assistive technology, when the label alone does not say what opens. */
  ariaLabel: string;
  children: React.ReactNode;
  /** Which edge the panel lines up with; "end" for things near the right edge of the window. */
  align?: "start" | "end";
  /** Opens above the button (footers) or below it (bars). */
  side?: "top" | "bottom";
  className?: string;
  /** A dotted underline says "there is more here"; a badge that looks like a button needs none. */
  underline?: boolean;
  "data-testid"?: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [open]);

  const place = `${props.side === "bottom" ? "top-full mt-1.5" : "bottom-full mb-1.5"} ${props.align === "end" ? "right-0" : "left-0"}`;
  return (
    <span
      ref={root}
      className="relative inline-flex"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={props.ariaLabel}
        onClick={() => setOpen((v) => !v)}
        data-testid={props["data-testid"]}
        className={`rounded hover:text-fg ${props.underline === false ? "" : "underline decoration-dotted decoration-from-font underline-offset-2"} ${props.className ?? ""}`}
      >
        {props.label}
      </button>
      <span id={id} role="status" className={open ? `absolute z-40 ${place}` : "sr-only"}>
        {open && (
          <span className="block w-max max-w-[min(18rem,calc(100vw-2rem))] rounded-lg border border-line bg-raised px-3 py-2 text-left text-xs leading-relaxed whitespace-pre-line text-fg no-underline shadow-xl">
            {props.children}
          </span>
        )}
      </span>
    </span>
  );
}
