import { describe, expect, it } from "vitest";
import type { HistoryStep } from "@/lib/views/history";
import { buildTree, visibleRows } from "@/lib/views/version-tree";
import { treeMove } from "./tree-keys";

const step = (id: string, parent?: string, minute = 0): HistoryStep => ({
  id,
  kind: "generate",
  model: "m",
  prompt: id,
  params: {},
  status: "succeeded",
  costUsd: "0.01",
  costUnknown: false,
  createdAt: new Date(Date.UTC(2026, 10, 30, 0, minute)).toISOString(),
  author: null,
  parent: parent ? { generationId: parent, imageId: `${parent}:0`, index: 0 } : null,
  from: null,
  images: [{ id: `${id}:0`, index: 0, width: 1, height: 1, pick: null }],
  maskInputId: null,
});

// a ─ b ─ c, and d on its own.
const tree = buildTree([step("a", undefined, 0), step("b", "a", 1), step("c", "b", 2), step("d", undefined, 3)]);

describe("treeMove", () => {
  const rows = visibleRows(tree, new Set());

  it("moves up and down within bounds, and to either end", () => {
    expect(treeMove("ArrowDown", rows, 0)).toEqual({ type: "focus", index: 1 });
    expect(treeMove("ArrowDown", rows, 3)).toEqual({ type: "focus", index: 3 });
    expect(treeMove("ArrowUp", rows, 0)).toEqual({ type: "focus", index: 0 });
    expect(treeMove("End", rows, 0)).toEqual({ type: "focus", index: 3 });
    expect(treeMove("Home", rows, 2)).toEqual({ type: "focus", index: 0 });
  });

  it("Left closes an open branch, then goes to the parent; Right opens it, then steps in", () => {
    expect(treeMove("ArrowLeft", rows, 1)).toEqual({ type: "collapse", id: "b" });
    expect(treeMove("ArrowLeft", rows, 2)).toEqual({ type: "focus", index: 1 });
    expect(treeMove("ArrowLeft", rows, 3)).toBeNull();
    const closed = visibleRows(tree, new Set(["b"]));
    expect(treeMove("ArrowLeft", closed, 1)).toEqual({ type: "focus", index: 0 });
    expect(treeMove("ArrowRight", closed, 1)).toEqual({ type: "expand", id: "b" });
    expect(treeMove("ArrowRight", rows, 1)).toEqual({ type: "focus", index: 2 });
    expect(treeMove("ArrowRight", rows, 2)).toBeNull();
  });

  it("Enter opens the step and c compares it", () => {
    expect(treeMove("Enter", rows, 1)).toEqual({ type: "open" });
    expect(treeMove("c", rows, 1)).toEqual({ type: "compare" });
    expect(treeMove("x", rows, 1)).toBeNull();
  });
});
