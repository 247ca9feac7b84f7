"use client";

import { RecentPrompts } from "./recent-prompts";

/** The prompt itself: a live character count, recent prompts, Ctrl/Cmd+Enter to submit. */
export function PromptBox(props: {
  value: string;
  onChange: (v: string) => void;
  onSubmit: () => void;
  error?: string;
  recent: string[];
  max: number;
}) {
  const over = props.value.length > props.max;
  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between">
        <label htmlFor="prompt" className="text-xs font-medium text-muted">
          Prompt
        </label>
        <RecentPrompts prompts={props.recent} onPick={props.onChange} />
      </div>
      <textarea
        id="prompt"
        data-testid="prompt"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
            e.preventDefault();
            props.onSubmit();
          }
        }}
        rows={6}
        placeholder="A lighthouse on a basalt cliff at dawn, soft mist, 35 mm film"
        aria-invalid={Boolean(props.error) || over}
        aria-describedby="prompt-help"
        className="w-full resize-y rounded-lg border border-line bg-raised p-3 text-base placeholder:text-muted/70 focus:border-accent focus:outline-none aria-[invalid=true]:border-danger"
      />
      <div id="prompt-help" className="flex justify-between gap-2 text-xs">
        <span className="text-danger" role={props.error ? "alert" : undefined}>
          {props.error}
        </span>
        <span className={`shrink-0 tabular-nums ${over ? "text-danger" : "text-muted"}`} data-testid="char-count">
          {props.value.length.toLocaleString("en-US")} / {props.max.toLocaleString("en-US")}
        </span>
      </div>
    </div>
  );
}
