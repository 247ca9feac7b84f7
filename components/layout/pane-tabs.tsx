"use client";

// Below the `panes` size (app/globals.css: 768 px wide and 512 px tall) a three-pane page (studio, edit) shows one pane at a time, chosen
// with this bar along the bottom edge, within a thumb's reach. From there up every pane shows and
// the bar is gone. `paneClass` gives a pane the classes that hide it when it is not chosen.
export interface PaneTab<P extends string> {
  id: P;
  label: string;
  /** A count or state after the label, e.g. how many results are rendering. */
  badge?: string;
}

export function PaneTabs<P extends string>(props: { tabs: readonly PaneTab<P>[]; current: P; onChange: (pane: P) => void; label: string }) {
  return (
    <nav aria-label={props.label} className="flex shrink-0 gap-1 border-t border-line bg-surface p-1.5 panes:hidden" data-testid="pane-tabs">
      {props.tabs.map((tab) => {
        const active = tab.id === props.current;
        return (
          <button
            key={tab.id}
            type="button"
            aria-pressed={active}
            onClick={() => props.onChange(tab.id)}
            data-testid={`pane-${tab.id}`}
            className={`flex min-h-11 flex-1 items-center justify-center gap-1.5 rounded text-sm font-medium ${active ? "bg-raised text-fg" : "text-muted hover:text-fg"}`}
          >
            {tab.label}
            {tab.badge && <span className="rounded-full bg-accent px-1.5 text-xs leading-5 text-accent-fg tabular-nums">{tab.badge}</span>}
          </button>
        );
      })}
    </nav>
  );
}

/** `display` is what the pane is with every pane shown (and when chosen below that size). */
export function paneClass(shown: boolean, display: "flex" | "block" | "grid" = "block"): string {
  const wide = { flex: "panes:flex", block: "panes:block", grid: "panes:grid" }[display];
  return `${shown ? display : "hidden"} ${wide} min-h-0 flex-1 panes:flex-none`;
}
