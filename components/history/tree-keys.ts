// The version tree's keyboard, as the WAI-ARIA tree pattern has it: Up/Down move, Right opens
// a branch or steps into it, Left closes it or goes to the parent, Home/End; Enter opens the
// step's image in the studio and `c` compares it with its parent. Pure: rows in, a move out.
import type { VisibleRow } from "@/lib/views/version-tree";

export type TreeMove =
  | { type: "focus"; index: number }
  | { type: "expand"; id: string }
  | { type: "collapse"; id: string }
  | { type: "open" }
  | { type: "compare" };

export function treeMove(key: string, rows: readonly VisibleRow[], index: number): TreeMove | null {
  const row = rows[index];
  if (!row) return null;
  const hasChildren = row.node.children.length > 0;
  switch (key) {
    case "ArrowDown":
      return { type: "focus", index: Math.min(rows.length - 1, index + 1) };
    case "ArrowUp":
      return { type: "focus", index: Math.max(0, index - 1) };
    case "Home":
      return { type: "focus", index: 0 };
    case "End":
      return { type: "focus", index: rows.length - 1 };
    case "ArrowRight":
      if (!hasChildren) return null;
      return row.expanded ? { type: "focus", index: index + 1 } : { type: "expand", id: row.node.step.id };
    case "ArrowLeft": {
      if (hasChildren && row.expanded) return { type: "collapse", id: row.node.step.id };
      const parent = row.node.parentId;
      if (!parent) return null;
      const at = rows.findIndex((r) => r.node.step.id === parent);
      return at >= 0 ? { type: "focus", index: at } : null;
    }
    case "Enter":
      return { type: "open" };
    case "c":
      return { type: "compare" };
    default:
      return null;
  }
}
