// One step of the version tree as a row: its thumbnail, what it changed against its parent, who
// made it when, its cost and its branch's. Interactive only through the tree (no focusable
// children), so the tree's keyboard model stays whole.
import { ChevronDown, ChevronRight } from "lucide-react";
import Image from "next/image";
import { memo, useMemo } from "react";
import type { HistoryImage, HistoryStep } from "@/lib/views/history";
import { branchCostText, relativeTime, stepCostText } from "@/lib/views/step-label";
import { stepChanges, stepHow } from "@/lib/views/step-changes";
import type { BranchCost, VisibleRow } from "@/lib/views/version-tree";
import { ChangeChips, PromptDiff } from "./step-changes-view";

export const ROW_HEIGHT = 64;
/** Deeper levels keep this indentation and say their level instead: 500 steps in a chain stay readable. */
export const MAX_INDENT_LEVELS = 8;

export interface TreeRowProps {
  row: VisibleRow;
  parentStep: HistoryStep | null;
  image: HistoryImage | null;
  cost: BranchCost;
  active: boolean;
  onBranch: boolean;
  isBase: boolean;
  now: string;
  top: number;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
}

export const TreeRow = memo(function TreeRow(props: TreeRowProps) {
  const { node, expanded, position, siblings } = props.row;
  const { step } = node;
  const changes = useMemo(() => stepChanges(step, props.parentStep), [step, props.parentStep]);
  const hasChildren = node.children.length > 0;
  const indent = Math.min(node.depth, MAX_INDENT_LEVELS) * 20;
  const fromCandidate = props.parentStep && props.parentStep.images.length > 1 && step.parent ? `from #${step.parent.index + 1}` : null;
  const how = stepHow(step, props.parentStep);
  return (
    <div
      role="treeitem"
      id={`step-${step.id}`}
      data-step-id={step.id}
      // No aria-label: the row's name is all it shows, starting "Step 2 · variation", so what a
      // person sees and what a screen reader or voice control names never disagree (WCAG 2.5.3).
      aria-level={node.depth + 1}
      aria-posinset={position}
      aria-setsize={siblings}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={props.active}
      aria-current={props.isBase ? "step" : undefined}
      tabIndex={props.active ? 0 : -1}
      onClick={() => props.onSelect(step.id)}
      className={`absolute inset-x-0 flex cursor-default items-center gap-2 border-l-2 pr-3 text-sm outline-offset-[-2px] ${props.active ? "bg-raised" : "hover:bg-raised/60"} ${props.onBranch ? "border-accent" : "border-transparent"}`}
      style={{ top: props.top, height: ROW_HEIGHT, paddingLeft: 8 + indent }}
    >
      <span
        aria-hidden
        className={`flex size-5 shrink-0 items-center justify-center rounded text-muted ${hasChildren ? "hover:bg-line hover:text-fg" : "invisible"}`}
        onClick={(e) => {
          e.stopPropagation();
          if (hasChildren) props.onToggle(step.id);
        }}
      >
        {expanded ? <ChevronDown className="size-4" /> : <ChevronRight className="size-4" />}
      </span>
      {node.depth >= MAX_INDENT_LEVELS && (
        <span className="shrink-0 rounded bg-line px-1 text-[10px] tabular-nums text-muted" title={`Level ${node.depth + 1}`}>
          L{node.depth + 1}
        </span>
      )}
      <span className="checkerboard relative size-12 shrink-0 overflow-hidden rounded">
        {props.image && <Image src={`/api/images/${props.image.id}?variant=thumb`} alt="" fill sizes="48px" unoptimized className="object-cover" loading="lazy" />}
      </span>
      <span className="flex min-w-0 flex-1 flex-col gap-0.5">
        <span className="flex min-w-0 items-center gap-1.5 overflow-hidden text-xs">
          <span className="shrink-0 font-medium">Step {node.number}</span>
          {/* Spaces between the words of the name; a flex row draws none. */}{" "}
          <span className="shrink-0 text-muted">·</span>{" "}
          <span className="shrink-0 text-muted">{how}</span>
          {fromCandidate && <span className="shrink-0 text-muted">{fromCandidate}</span>}
          {step.from && <span className="shrink-0 text-muted">from {step.from.projectName}</span>}
          {props.isBase && <span className="shrink-0 rounded bg-accent px-1.5 text-[11px] text-accent-fg">current base</span>}
          {step.status !== "succeeded" && <span className="shrink-0 text-warning">{step.status}</span>}
          <ChangeChips changes={changes} maskInputId={step.maskInputId} />
        </span>
        <PromptDiff changes={changes.prompt} prompt={step.prompt} />
      </span>
      <span className="hidden shrink-0 flex-col items-end text-xs text-muted sm:flex">
        <span>
          {step.author ?? "former member"} · {relativeTime(step.createdAt, props.now)}
        </span>
        <span className="tabular-nums">
          <span className="text-fg">{stepCostText(step)}</span> · branch {branchCostText(props.cost)}
        </span>
      </span>
    </div>
  );
});
