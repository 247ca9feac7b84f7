"use client";

// The project's steps as an ARIA tree: one tab stop (the selected row), the keyboard of
// tree-keys.ts, and beyond VIRTUALIZE_AFTER rows only the rows in view are in the page, so a
// 500-step project renders as fast as a small one.
import { defaultRangeExtractor, useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useMemo, useRef } from "react";
import type { HistoryImage, HistoryStep } from "@/lib/views/history";
import type { BranchCost, VersionTree, VisibleRow } from "@/lib/views/version-tree";
import { treeMove } from "./tree-keys";
import { ROW_HEIGHT, TreeRow } from "./tree-row";

export const VIRTUALIZE_AFTER = 150;
// The server has no window to measure: it renders the rows of a tall screen, so the tree is in
// the page's HTML before its script runs (and hydration finds the same rows).
const FIRST_SCREEN = { width: 1280, height: 1200 };

export interface VersionTreeViewProps {
  label: string;
  tree: VersionTree;
  rows: VisibleRow[];
  activeId: string | null;
  branch: ReadonlySet<string>;
  baseStepId: string | null;
  imageOf: (step: HistoryStep) => HistoryImage | null;
  costs: Map<string, BranchCost>;
  now: string;
  onSelect: (id: string) => void;
  onToggle: (id: string, open?: boolean) => void;
  onOpen: (step: HistoryStep) => void;
  onCompare: (step: HistoryStep) => void;
}

export function VersionTreeView(props: VersionTreeViewProps) {
  const { rows, tree } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // Set by the keyboard: only then does focus follow the selection (a click or a load must not steal it).
  const moveFocus = useRef(false);
  const virtual = rows.length > VIRTUALIZE_AFTER;
  const activeIndex = useMemo(() => Math.max(0, rows.findIndex((r) => r.node.step.id === props.activeId)), [rows, props.activeId]);
  // Nothing memoized holds the virtualizer's functions: it re-renders this component on scroll itself.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
    initialRect: FIRST_SCREEN,
    // The selected row is the tree's one tab stop: it stays in the page even when scrolled away.
    rangeExtractor: (range) => [...new Set([...defaultRangeExtractor(range), activeIndex])].sort((a, b) => a - b),
  });
  const shown = virtual ? virtualizer.getVirtualItems().map((v) => v.index) : rows.map((_, i) => i);

  useEffect(() => {
    if (!moveFocus.current || !props.activeId) return;
    const el = document.getElementById(`step-${props.activeId}`);
    if (el) {
      moveFocus.current = false;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest" });
    }
  });

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const move = treeMove(e.key, rows, activeIndex);
    if (!move) return;
    e.preventDefault();
    const row = rows[activeIndex]!;
    if (move.type === "focus") {
      moveFocus.current = true;
      if (virtual) virtualizer.scrollToIndex(move.index, { align: "auto" });
      props.onSelect(rows[move.index]!.node.step.id);
    } else if (move.type === "expand") props.onToggle(move.id, true);
    else if (move.type === "collapse") props.onToggle(move.id, false);
    else if (move.type === "open") props.onOpen(row.node.step);
    else props.onCompare(row.node.step);
  };

  return (
    <div ref={scrollRef} className="h-full overflow-auto" data-testid="version-tree-scroll">
      <div role="tree" aria-label={props.label} aria-multiselectable={false} onKeyDown={onKeyDown} className="relative" style={{ height: rows.length * ROW_HEIGHT }}>
        {shown.map((index) => {
          const row = rows[index]!;
          const { step, parentId } = row.node;
          return (
            <TreeRow
              key={step.id}
              row={row}
              top={index * ROW_HEIGHT}
              parentStep={parentId ? tree.nodes.get(parentId)!.step : null}
              image={props.imageOf(step)}
              cost={props.costs.get(step.id)!}
              active={index === activeIndex}
              onBranch={props.branch.has(step.id)}
              isBase={props.baseStepId === step.id}
              now={props.now}
              onSelect={props.onSelect}
              onToggle={props.onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
