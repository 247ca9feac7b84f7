// Above the history: tree or list, collapse or expand every branch, and how many steps there are.
import { ChevronsDownUp, ChevronsUpDown, List, ListTree } from "lucide-react";

export type HistoryMode = "tree" | "list";

const toggle = (on: boolean) => `inline-flex items-center gap-1.5 rounded px-2 py-1 text-xs ${on ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg"}`;
const plain = "inline-flex items-center gap-1.5 rounded px-2 py-1 text-xs text-muted hover:bg-raised hover:text-fg disabled:opacity-40";

export function HistoryToolbar(props: { mode: HistoryMode; onMode: (m: HistoryMode) => void; steps: number; onCollapseAll: () => void; onExpandAll: () => void; className?: string }) {
  return (
    <div className={`flex flex-wrap items-center gap-2 px-6 py-2 ${props.className ?? ""}`}>
      <div role="group" aria-label="View" className="flex gap-1 rounded-lg bg-raised p-1">
        <button type="button" aria-pressed={props.mode === "tree"} className={toggle(props.mode === "tree")} onClick={() => props.onMode("tree")}>
          <ListTree className="size-3.5" aria-hidden /> Tree
        </button>
        <button type="button" aria-pressed={props.mode === "list"} className={toggle(props.mode === "list")} onClick={() => props.onMode("list")}>
          <List className="size-3.5" aria-hidden /> List
        </button>
      </div>
      <button type="button" className={plain} disabled={props.mode !== "tree"} onClick={props.onCollapseAll}>
        <ChevronsDownUp className="size-3.5" aria-hidden /> Collapse all
      </button>
      <button type="button" className={plain} disabled={props.mode !== "tree"} onClick={props.onExpandAll}>
        <ChevronsUpDown className="size-3.5" aria-hidden /> Expand all
      </button>
      <span className="ml-auto text-xs text-muted" data-testid="history-count">
        {props.steps} {props.steps === 1 ? "step" : "steps"} · ←→ open and close, Enter edits, c compares with the parent
      </span>
    </div>
  );
}
