"use client";

import { Moon, Sun } from "lucide-react";

/** Dark or light, kept in localStorage (app/layout.tsx applies it before first paint). */
export function ThemeToggle({ withLabel = false }: { withLabel?: boolean }) {
  function toggle() {
    const root = document.documentElement;
    const next = root.dataset.theme === "light" ? "dark" : "light";
    root.dataset.theme = next;
    localStorage.setItem("fresco-theme", next);
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-label="Switch between dark and light theme"
      className={`flex items-center gap-2 rounded text-muted hover:bg-raised hover:text-fg ${withLabel ? "px-2 py-2 text-sm" : "size-8 justify-center"}`}
    >
      <Sun className="hidden size-4 [[data-theme=light]_&]:block" aria-hidden />
      <Moon className="size-4 [[data-theme=light]_&]:hidden" aria-hidden />
      {withLabel && <span aria-hidden>Theme</span>}
    </button>
  );
}
