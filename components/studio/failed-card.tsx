"use client";

// A run that made nothing (failed, canceled, interrupted), in a few lines instead of a card's
// worth of empty tiles: what was asked, what happened, and Retry.
import { StatusBadge } from "@/components/generation/status-badge";
import { ParentLine } from "@/components/generation/parent-line";
import type { GenerationView } from "@/lib/views/generation";
import { RetryButton } from "./retry-button";

export function FailedCard({ generation: g, detail }: { generation: GenerationView; detail: string }) {
  return (
    <article data-testid="generation" data-generation-id={g.id} data-compact="" className="space-y-1 rounded-lg border border-line bg-surface px-3 py-2">
      <header className="flex items-center gap-2">
        <p className="min-w-0 flex-1 truncate text-sm" title={g.prompt}>
          {g.prompt}
        </p>
        <StatusBadge status={g.status} />
      </header>
      <ParentLine generation={g} />
      {g.errorMessage && (
        <p role="alert" data-testid="generation-error" className={`text-xs ${g.status === "canceled" ? "text-muted" : "text-danger"}`}>
          {g.errorMessage}
          {g.requestId && <span className="ml-1 font-mono text-[10px] break-all opacity-70">request {g.requestId}</span>}
        </p>
      )}
      <footer className="flex items-center justify-between gap-2 text-xs text-muted">
        <span className="truncate">{detail}</span>
        <RetryButton generation={g} />
      </footer>
    </article>
  );
}
