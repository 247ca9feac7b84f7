// The version tree of a project, built from its steps: pure functions the history page and its
// tests share. A step's children are grouped by the candidate image they were made from.
import { add, parseDecimal, toDecimalString, type Fixed } from "@/lib/images/decimal";
import type { HistoryStep } from "./history";

export interface TreeNode {
  step: HistoryStep;
  /** 1-based, in creation order within the project: "Step 3". */
  number: number;
  parentId: string | null;
  depth: number;
  /** Children, by the parent's image they came from (index order), then oldest first. */
  children: string[];
}

export interface VersionTree {
  nodes: Map<string, TreeNode>;
  roots: string[];
}

const byTime = (a: HistoryStep, b: HistoryStep) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export function buildTree(steps: readonly HistoryStep[]): VersionTree {
  const sorted = [...steps].sort(byTime);
  const nodes = new Map<string, TreeNode>();
  sorted.forEach((step, i) => nodes.set(step.id, { step, number: i + 1, parentId: null, depth: 0, children: [] }));
  const roots: string[] = [];
  for (const node of nodes.values()) {
    const parent = node.step.parent ? nodes.get(node.step.parent.generationId) : undefined;
    // A parent that is not a step here (or one that would close a loop) makes the node a root.
    if (parent && parent !== node) {
      node.parentId = parent.step.id;
      parent.children.push(node.step.id);
    } else roots.push(node.step.id);
  }
  const fromIndex = (id: string) => nodes.get(id)!.step.parent?.index ?? 0;
  for (const node of nodes.values()) node.children.sort((a, b) => fromIndex(a) - fromIndex(b) || nodes.get(a)!.number - nodes.get(b)!.number);
  // Depths from the roots down, iteratively: a 500-step chain must not overflow the stack.
  const stack = roots.map((id) => ({ id, depth: 0 }));
  while (stack.length > 0) {
    const { id, depth } = stack.pop()!;
    const node = nodes.get(id)!;
    node.depth = depth;
    for (const child of node.children) stack.push({ id: child, depth: depth + 1 });
  }
  return { nodes, roots };
}

/** The steps from the root down to `id`, both included; empty for an unknown id. */
export function ancestors(tree: VersionTree, id: string): TreeNode[] {
  const path: TreeNode[] = [];
  const seen = new Set<string>();
  for (let node = tree.nodes.get(id); node && !seen.has(node.step.id); node = node.parentId ? tree.nodes.get(node.parentId) : undefined) {
    seen.add(node.step.id);
    path.push(node);
  }
  return path.reverse();
}

export interface BranchCost {
  /** The sum of the known costs, exact decimal. */
  usd: string;
  /** True when some step's cost is unknown: the branch cost at least `usd`. */
  atLeast: boolean;
}

/** What the branch from the root to `id` cost, each step once. */
export function branchCost(tree: VersionTree, id: string): BranchCost {
  let total: Fixed = { units: 0n, scale: 0 };
  let atLeast = false;
  for (const { step } of ancestors(tree, id)) {
    if (step.costUsd !== null) total = add(total, parseDecimal(step.costUsd));
    if (step.costUnknown) atLeast = true;
  }
  return { usd: toDecimalString(total), atLeast };
}

/** Every step's branch cost in one pass from the roots down (branchCost per row would be quadratic on a long chain). */
export function branchCosts(tree: VersionTree): Map<string, BranchCost> {
  const totals = new Map<string, { sum: Fixed; atLeast: boolean }>();
  const stack = [...tree.roots];
  while (stack.length > 0) {
    const node = tree.nodes.get(stack.pop()!)!;
    const above = node.parentId ? totals.get(node.parentId)! : { sum: { units: 0n, scale: 0 }, atLeast: false };
    const { costUsd, costUnknown } = node.step;
    totals.set(node.step.id, { sum: costUsd === null ? above.sum : add(above.sum, parseDecimal(costUsd)), atLeast: above.atLeast || costUnknown });
    stack.push(...node.children);
  }
  return new Map([...totals].map(([id, t]) => [id, { usd: toDecimalString(t.sum), atLeast: t.atLeast }]));
}

/** The step that made an image, and the branch leading to it (root first); empty when not here. */
export function currentBranch(tree: VersionTree, imageId: string | null): Set<string> {
  if (!imageId) return new Set();
  for (const node of tree.nodes.values()) {
    if (node.step.images.some((img) => img.id === imageId)) return new Set(ancestors(tree, node.step.id).map((n) => n.step.id));
  }
  return new Set();
}

export interface VisibleRow {
  node: TreeNode;
  expanded: boolean;
  /** 1-based position among its siblings, and how many there are (aria-posinset/setsize). */
  position: number;
  siblings: number;
}

/** The rows a person sees, in tree order, with collapsed nodes' descendants left out. */
export function visibleRows(tree: VersionTree, collapsed: ReadonlySet<string>): VisibleRow[] {
  const rows: VisibleRow[] = [];
  const stack: { id: string; position: number; siblings: number }[] = [];
  const push = (ids: string[]) => {
    for (let i = ids.length - 1; i >= 0; i--) stack.push({ id: ids[i]!, position: i + 1, siblings: ids.length });
  };
  push(tree.roots);
  while (stack.length > 0) {
    const { id, position, siblings } = stack.pop()!;
    const node = tree.nodes.get(id)!;
    const expanded = !collapsed.has(id);
    rows.push({ node, expanded, position, siblings });
    if (expanded) push(node.children);
  }
  return rows;
}

/** Every node with children: "Collapse all". */
export function branchingNodes(tree: VersionTree): Set<string> {
  return new Set([...tree.nodes.values()].filter((n) => n.children.length > 0).map((n) => n.step.id));
}
