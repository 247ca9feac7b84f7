"use client";

import { History } from "lucide-react";

/** The person's latest prompts, one click from the prompt box. */
export function RecentPrompts({ prompts, onPick }: { prompts: string[]; onPick: (p: string) => void }) {
  if (prompts.length === 0) return null;
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 text-xs text-muted hover:text-fg" data-testid="recent-prompts">
        <History className="size-3.5" aria-hidden /> Recent
      </summary>
      <ul className="absolute right-0 z-20 mt-1 max-h-72 w-72 overflow-y-auto rounded-lg border border-line bg-surface p-1 shadow-xl">
        {prompts.map((p) => (
          <li key={p}>
            <button
              type="button"
              className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-raised"
              onClick={(e) => {
                onPick(p);
                e.currentTarget.closest("details")?.removeAttribute("open");
              }}
            >
              <span className="line-clamp-2">{p}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
