"use client";

// A project's history: the version tree (or the same steps as a list), the selected step's
// panel, and the current branch (the path to the studio's base image) marked throughout.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { toast } from "sonner";
import { StudioProvider, type StudioContextValue } from "@/components/studio/studio-context";
import type { HistoryStep, ProjectHistory } from "@/lib/views/history";
import { stepImage } from "@/lib/views/step-label";
import { ancestors, branchCosts, branchingNodes, buildTree, currentBranch, visibleRows } from "@/lib/views/version-tree";
import { HistoryList } from "./history-list";
import { HistoryToolbar, type HistoryMode } from "./history-toolbar";
import { compareHref, editHref, StepPanel } from "./step-panel";
import { VersionTreeView } from "./version-tree-view";

const REFRESH_MS = 2000;

export interface HistoryViewProps {
  history: ProjectHistory;
  baseImageId: string | null;
  canGenerate: boolean;
  userId: string;
  canActOnAll: boolean;
  /** The server's clock, so relative times read the same in both renders. */
  now: string;
}

export function HistoryView(props: HistoryViewProps) {
  const router = useRouter();
  const tree = useMemo(() => buildTree(props.history.steps), [props.history.steps]);
  const costs = useMemo(() => branchCosts(tree), [tree]);
  const branch = useMemo(() => currentBranch(tree, props.baseImageId), [tree, props.baseImageId]);
  const baseStepId = [...branch].at(-1) ?? null;
  const [mode, setMode] = useState<HistoryMode>("tree");
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(baseStepId ?? props.history.steps.at(-1)?.id ?? null);
  // The candidate shown for a step, when the person chose one in the panel.
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const rows = useMemo(() => visibleRows(tree, collapsed), [tree, collapsed]);
  // Work still running finishes on the server: read the history again until none is left.
  const working = props.history.steps.some((s) => s.status === "queued" || s.status === "running");
  useEffect(() => {
    if (!working) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [working, router]);

  const imageOf = useCallback(
    (step: HistoryStep) => step.images.find((img) => img.id === chosen[step.id]) ?? stepImage(step, props.baseImageId),
    [chosen, props.baseImageId],
  );
  const onToggle = useCallback(
    (id: string, open?: boolean) => {
      const closing = open === false || (open === undefined && !collapsed.has(id));
      const next = new Set(collapsed);
      if (closing) next.add(id);
      else next.delete(id);
      setCollapsed(next);
      // The selection never hides inside a closed branch: it moves up to the branch.
      if (closing && activeId && activeId !== id && ancestors(tree, activeId).some((n) => n.step.id === id)) setActiveId(id);
    },
    [collapsed, activeId, tree],
  );
  const onOpen = (step: HistoryStep) => {
    const image = imageOf(step);
    if (image) router.push(editHref(image.id));
    else toast.error(`Step ${tree.nodes.get(step.id)!.number} has no image to edit.`);
  };
  const onCompare = (step: HistoryStep) => {
    const image = imageOf(step);
    if (step.parent && image) router.push(compareHref(step.parent.imageId, image.id));
    else toast.error(`Step ${tree.nodes.get(step.id)!.number} has no parent in this project to compare with.`);
  };
  const studio = useMemo<StudioContextValue>(
    () => ({ prices: {}, canGenerate: props.canGenerate, userId: props.userId, canActOnAll: props.canActOnAll, onQueued: () => router.refresh() }),
    [props.canGenerate, props.userId, props.canActOnAll, router],
  );

  const active = activeId ? tree.nodes.get(activeId) : undefined;
  if (tree.nodes.size === 0) {
    return <p className="p-6 text-sm text-muted">Nothing in this project yet: open it in the studio and generate an image; every refinement of it will appear here as a tree.</p>;
  }
  return (
    <StudioProvider value={studio}>
      <div className="grid h-full min-h-0 grid-rows-[auto_minmax(0,1fr)_auto] lg:grid-cols-[1fr_20rem] lg:grid-rows-[auto_minmax(0,1fr)]">
        <HistoryToolbar
          mode={mode}
          onMode={setMode}
          steps={tree.nodes.size}
          onCollapseAll={() => {
            setCollapsed(branchingNodes(tree));
            // Only the roots stay: the selection moves up to its own.
            if (activeId) setActiveId(ancestors(tree, activeId)[0]?.step.id ?? activeId);
          }}
          onExpandAll={() => setCollapsed(new Set())}
          className="lg:col-span-2"
        />
        <div className="min-h-0 border-t border-line">
          {mode === "tree" ? (
            <VersionTreeView
              label="Version tree"
              tree={tree}
              rows={rows}
              activeId={activeId}
              branch={branch}
              baseStepId={baseStepId}
              imageOf={imageOf}
              costs={costs}
              now={props.now}
              onSelect={setActiveId}
              onToggle={onToggle}
              onOpen={onOpen}
              onCompare={onCompare}
            />
          ) : (
            <HistoryList tree={tree} imageOf={imageOf} costs={costs} branch={branch} now={props.now} />
          )}
        </div>
        <aside className="max-h-[45vh] min-h-0 overflow-y-auto border-t border-line p-3 lg:max-h-none lg:border-l">
          {active && <StepPanel key={active.step.id} tree={tree} node={active} image={imageOf(active.step)} onImage={(id) => setChosen((c) => ({ ...c, [active.step.id]: id }))} canGenerate={props.canGenerate} now={props.now} />}
        </aside>
      </div>
    </StudioProvider>
  );
}
