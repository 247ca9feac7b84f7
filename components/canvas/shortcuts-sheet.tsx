"use client";

// The `?` sheet: every shortcut of the edit page in one place. A native <dialog> keeps focus
// inside and closes on Escape by itself.
import { X } from "lucide-react";
import { useEffect, useRef } from "react";

export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ["B / E / R / L", "Brush, eraser, rectangle, lasso"],
  ["[  ]", "Smaller / larger brush"],
  ["F", "Mark everything"],
  ["Delete", "Clear the mask"],
  ["I", "Invert the mask"],
  ["H", "Show or hide the mask"],
  ["Ctrl/⌘ Z", "Undo"],
  ["Ctrl/⌘ Shift Z", "Redo"],
  ["Wheel, pinch, + / −", "Zoom"],
  ["0 / 1", "Fit / 100 %"],
  ["Space-drag, middle button, two fingers", "Pan"],
  ["Esc", "Drop the stroke in progress"],
  ["Ctrl/⌘ Enter", "Submit the edit"],
  ["?", "This sheet"],
];

export function ShortcutsSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-sheet"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/60"
    >
      <div className="flex items-center justify-between border-b border-line px-5 py-3">
        <h2 id="shortcuts-title" className="text-lg font-medium">
          Keyboard shortcuts
        </h2>
        <button type="button" onClick={onClose} aria-label="Close" className="rounded p-1 text-muted hover:bg-raised hover:text-fg">
          <X className="size-4" aria-hidden />
        </button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 px-5 py-4 text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-line bg-raised px-1.5 py-0.5 font-mono text-xs">{keys}</kbd>
            </dt>
            <dd className="text-muted">{what}</dd>
          </div>
        ))}
      </dl>
    </dialog>
  );
}
