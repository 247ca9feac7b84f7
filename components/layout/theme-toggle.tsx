"use client";

import { Moon, Sun } from "lucide-react";

export function ThemeToggle() {
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
      className="grid size-8 place-items-center rounded text-muted hover:bg-raised hover:text-fg"
    >
      <Sun className="hidden size-4 [[data-theme=light]_&]:block" aria-hidden />
      <Moon className="size-4 [[data-theme=light]_&]:hidden" aria-hidden />
    </button>
  );
}
