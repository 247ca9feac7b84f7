import { describe, expect, it } from "vitest";
import type { HistoryStep } from "./history";
import { ancestors, branchCost, branchCosts, branchingNodes, buildTree, currentBranch, visibleRows } from "./version-tree";

let clock = 0;
/** A step made from image `from` (a "<step>:<index>" id) of an earlier step. */
function step(id: string, opts: { from?: string; cost?: string | null; unknown?: boolean; images?: number } = {}): HistoryStep {
  clock += 1;
  const [parentId, index] = opts.from?.split(":") ?? [];
  return {
    id,
    kind: "generate",
    model: "gpt-image-1-mini",
    prompt: `prompt ${id}`,
    params: {},
    status: "succeeded",
    costUsd: opts.cost === undefined ? "0.011" : opts.cost,
    costUnknown: opts.unknown ?? false,
    createdAt: new Date(Date.UTC(2026, 10, 30, 0, 0, clock)).toISOString(),
    author: "Ann",
    parent: parentId ? { generationId: parentId, imageId: `${parentId}:${index}`, index: Number(index) } : null,
    from: null,
    images: Array.from({ length: opts.images ?? 2 }, (_, i) => ({ id: `${id}:${i}`, index: i, width: 64, height: 48, pick: null })),
    maskInputId: null,
  };
}

const ids = (nodes: { step: { id: string } }[]) => nodes.map((n) => n.step.id);
const rowIds = (rows: ReturnType<typeof visibleRows>) => rows.map((r) => r.node.step.id);

describe("buildTree", () => {
  it("adds a child under the step whose image it was made from, one level deeper", () => {
    const tree = buildTree([step("a"), step("b", { from: "a:0" })]);
    expect(tree.roots).toEqual(["a"]);
    expect(tree.nodes.get("a")!.children).toEqual(["b"]);
    expect(tree.nodes.get("b")).toMatchObject({ parentId: "a", depth: 1, number: 2 });
  });

  it("branches: children are grouped by the candidate they came from, then oldest first", () => {
    const steps = [step("a"), step("x", { from: "a:1" }), step("y", { from: "a:0" }), step("z", { from: "a:1" }), step("w", { from: "y:0" })];
    const tree = buildTree(steps.reverse()); // input order does not matter
    expect(tree.nodes.get("a")!.children).toEqual(["y", "x", "z"]);
    expect(tree.nodes.get("w")!.depth).toBe(2);
    expect(tree.nodes.get("a")!.number).toBe(1);
  });

  it("makes a step whose parent is not in the project a root", () => {
    const tree = buildTree([step("a"), step("b", { from: "elsewhere:0" })]);
    expect(tree.roots).toEqual(["a", "b"]);
  });

  it("builds a 500-step chain without running out of stack", () => {
    const steps = [step("s0"), ...Array.from({ length: 499 }, (_, i) => step(`s${i + 1}`, { from: `s${i}:0` }))];
    const tree = buildTree(steps);
    expect(tree.nodes.get("s499")!.depth).toBe(499);
    expect(visibleRows(tree, new Set())).toHaveLength(500);
  });
});

describe("ancestors and the current branch", () => {
  const tree = buildTree([step("a"), step("b", { from: "a:0" }), step("c", { from: "b:1" }), step("d", { from: "a:1" })]);

  it("lists the path from the root to the step", () => {
    expect(ids(ancestors(tree, "c"))).toEqual(["a", "b", "c"]);
    expect(ids(ancestors(tree, "a"))).toEqual(["a"]);
    expect(ancestors(tree, "nope")).toEqual([]);
  });

  it("is the path to the step that made the base image", () => {
    expect([...currentBranch(tree, "c:0")]).toEqual(["a", "b", "c"]);
    expect([...currentBranch(tree, "d:1")]).toEqual(["a", "d"]);
    expect(currentBranch(tree, "not-here").size).toBe(0);
    expect(currentBranch(tree, null).size).toBe(0);
  });
});

describe("branchCost", () => {
  it("sums the branch from the root exactly, each step once, and not its siblings", () => {
    const tree = buildTree([step("a", { cost: "0.011" }), step("b", { from: "a:0", cost: "0.002176" }), step("c", { from: "a:0", cost: "5" }), step("d", { from: "b:0", cost: "0.1" })]);
    expect(branchCost(tree, "d")).toEqual({ usd: "0.113176", atLeast: false });
    expect(branchCost(tree, "c")).toEqual({ usd: "5.011", atLeast: false });
    // The one-pass version agrees on every step.
    const all = branchCosts(tree);
    for (const id of ["a", "b", "c", "d"]) expect(all.get(id)).toEqual(branchCost(tree, id));
  });

  it("says at least when a step's cost is unknown, and counts an unbilled step as nothing", () => {
    const tree = buildTree([step("a", { cost: "0.011" }), step("b", { from: "a:0", cost: null, unknown: true }), step("c", { from: "b:0", cost: null }), step("d", { from: "a:1", cost: null })]);
    expect(branchCost(tree, "c")).toEqual({ usd: "0.011", atLeast: true });
    expect(branchCost(tree, "d")).toEqual({ usd: "0.011", atLeast: false });
    expect(branchCosts(tree).get("c")).toEqual({ usd: "0.011", atLeast: true });
  });
});

describe("visibleRows", () => {
  const tree = buildTree([step("a"), step("b", { from: "a:0" }), step("c", { from: "b:0" }), step("d", { from: "a:1" }), step("e")]);

  it("lists every step depth first, with its place among its siblings", () => {
    const rows = visibleRows(tree, new Set());
    expect(rowIds(rows)).toEqual(["a", "b", "c", "d", "e"]);
    expect(rows.map((r) => [r.position, r.siblings])).toEqual([[1, 2], [1, 2], [1, 1], [2, 2], [2, 2]]);
  });

  it("hides a collapsed step's descendants and only those", () => {
    expect(rowIds(visibleRows(tree, new Set(["b"])))).toEqual(["a", "b", "d", "e"]);
    const rows = visibleRows(tree, new Set(["a"]));
    expect(rowIds(rows)).toEqual(["a", "e"]);
    expect(rows[0]!.expanded).toBe(false);
  });

  it("collapse all leaves the roots", () => {
    expect([...branchingNodes(tree)].sort()).toEqual(["a", "b"]);
    expect(rowIds(visibleRows(tree, branchingNodes(tree)))).toEqual(["a", "e"]);
  });
});
