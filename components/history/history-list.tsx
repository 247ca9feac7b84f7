// The project's steps as a flat table, oldest first: for a big project, a plain chronological
// read of the same facts as the tree (what changed, who, when, what it and its branch cost).
import Image from "next/image";
import Link from "next/link";
import type { HistoryImage, HistoryStep } from "@/lib/views/history";
import { branchCostText, relativeTime, stepCostText } from "@/lib/views/step-label";
import { stepChanges, stepHow } from "@/lib/views/step-changes";
import type { BranchCost, VersionTree } from "@/lib/views/version-tree";
import { editHref } from "./step-panel";
import { ChangeChips, PromptDiff } from "./step-changes-view";

export function HistoryList(props: { tree: VersionTree; imageOf: (step: HistoryStep) => HistoryImage | null; costs: Map<string, BranchCost>; branch: ReadonlySet<string>; now: string }) {
  const nodes = [...props.tree.nodes.values()].sort((a, b) => a.number - b.number);
  return (
    <div className="h-full overflow-auto">
      <table className="w-full table-fixed text-left text-xs" data-testid="history-list">
        <caption className="sr-only">Every step of the project, oldest first</caption>
        <colgroup>
          <col className="w-28" />
          <col className="w-14" />
          <col />
          <col className="w-32" />
          <col className="w-24" />
          <col className="w-28" />
        </colgroup>
        <thead className="sticky top-0 z-10 bg-surface text-muted">
          <tr>
            <th className="px-3 py-2 font-medium">Step</th>
            <th className="py-2 font-medium">
              <span className="sr-only">Image</span>
            </th>
            <th className="px-2 py-2 font-medium">What changed</th>
            <th className="px-2 py-2 font-medium">By</th>
            <th className="px-2 py-2 text-right font-medium">Cost</th>
            <th className="px-3 py-2 text-right font-medium">Branch</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => {
            const { step } = node;
            const image = props.imageOf(step);
            const parent = node.parentId ? props.tree.nodes.get(node.parentId)! : null;
            const changes = stepChanges(step, parent?.step ?? null);
            return (
              <tr key={step.id} className={`border-t border-line ${props.branch.has(step.id) ? "bg-accent/10" : ""}`}>
                <td className="whitespace-nowrap px-3 py-1.5">
                  <Link href={`/gallery/${step.id}`} className="font-medium hover:underline">
                    Step {node.number}
                  </Link>
                  <div className="text-muted">
                    {stepHow(step, parent?.step ?? null)}
                    {parent ? ` of ${parent.number}` : ""}
                  </div>
                </td>
                <td className="py-1.5">
                  {image ? (
                    <Link href={editHref(image.id)} className="checkerboard relative block size-10 overflow-hidden rounded" aria-label={`Edit step ${node.number}'s image`}>
                      <Image src={`/api/images/${image.id}?variant=thumb`} alt="" fill sizes="40px" unoptimized className="object-cover" loading="lazy" />
                    </Link>
                  ) : (
                    <span className="block size-10 rounded bg-raised" />
                  )}
                </td>
                <td className="px-2 py-1.5">
                  <div className="flex flex-wrap gap-1">
                    <ChangeChips changes={changes} maskInputId={step.maskInputId} />
                  </div>
                  <div className="flex min-w-0">
                    <PromptDiff changes={changes.prompt} prompt={step.prompt} />
                  </div>
                </td>
                <td className="whitespace-nowrap px-2 py-1.5 text-muted">
                  {step.author ?? "former member"}
                  <div>{relativeTime(step.createdAt, props.now)}</div>
                </td>
                <td className="whitespace-nowrap px-2 py-1.5 text-right tabular-nums">{stepCostText(step)}</td>
                <td className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums">{branchCostText(props.costs.get(step.id)!)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
