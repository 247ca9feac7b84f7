"use client";

// The selected step, larger, with what can be done from it: edit it in the studio as the base,
// vary or re-prompt it (the studio's own refine controls), compare it with its parent, open it.
import { GitCompare, Pencil } from "lucide-react";
import Image from "next/image";
import Link from "next/link";
import { useState } from "react";
import { RefineButtons, RepromptForm } from "@/components/studio/refine-controls";
import type { HistoryImage } from "@/lib/views/history";
import { branchCostText, relativeTime, stepCostText, stepName } from "@/lib/views/step-label";
import { branchCost, type TreeNode, type VersionTree } from "@/lib/views/version-tree";

const action = "inline-flex items-center gap-1.5 rounded border border-line px-2 py-1 text-xs hover:bg-raised disabled:opacity-50";

export const editHref = (imageId: string) => `/studio/edit?image=${encodeURIComponent(imageId)}`;
export const compareHref = (a: string, b: string) => `/gallery/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

export function StepPanel(props: { tree: VersionTree; node: TreeNode; image: HistoryImage | null; onImage: (id: string) => void; canGenerate: boolean; now: string }) {
  const { node, image } = props;
  const { step } = node;
  const [reprompting, setReprompting] = useState(false);
  const cost = branchCost(props.tree, step.id);
  return (
    <section aria-label="Selected step" className="space-y-3 rounded-lg border border-line bg-surface p-3" data-testid="step-panel">
      <h2 className="text-sm font-medium">{stepName(node.number, step)}</h2>
      <div className="relative">
        {image ? (
          <div className="checkerboard relative mx-auto max-w-48 overflow-hidden rounded lg:max-w-none" style={{ aspectRatio: `${image.width} / ${image.height}` }}>
            <Image src={`/api/images/${image.id}?variant=thumb`} alt={`Step ${node.number}, image #${image.index + 1}`} fill sizes="20rem" unoptimized className="object-contain" />
          </div>
        ) : (
          <p className="rounded bg-raised p-4 text-center text-xs text-muted">No image: {step.status}</p>
        )}
        {reprompting && image && <RepromptForm generation={step} imageId={image.id} onClose={() => setReprompting(false)} />}
      </div>
      {step.images.length > 1 && (
        <div className="flex flex-wrap gap-1" role="group" aria-label="Candidates">
          {step.images.map((img) => (
            <button key={img.id} type="button" aria-pressed={img.id === image?.id} onClick={() => props.onImage(img.id)} className={`rounded px-1.5 py-0.5 text-xs ${img.id === image?.id ? "bg-accent text-accent-fg" : "bg-raised text-muted hover:text-fg"}`}>
              #{img.index + 1}
              {img.pick === "finalist" ? " ★" : img.pick === "discarded" ? " ✕" : ""}
            </button>
          ))}
        </div>
      )}
      <p className="text-sm leading-snug">{step.prompt}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-muted">By</dt>
        <dd>{step.author ?? "a former member"}, {relativeTime(step.createdAt, props.now)}</dd>
        <dt className="text-muted">Step</dt>
        <dd className="tabular-nums">{stepCostText(step)}</dd>
        <dt className="text-muted">Branch</dt>
        <dd className="tabular-nums" title={cost.atLeast ? "A step on this branch cost an unknown amount: this is at least what it cost." : "From the first step to this one"}>
          {branchCostText(cost)}
        </dd>
      </dl>
      {step.from && (
        <p className="text-xs text-muted">
          Made from <Link className="underline hover:text-fg" href={`/gallery/${step.from.generationId}`}>an image</Link> in{" "}
          <Link className="underline hover:text-fg" href={`/projects/${step.from.projectId}`}>{step.from.projectName}</Link>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-1.5">
        {image && (
          <Link href={editHref(image.id)} className={action} data-testid="history-edit-this">
            <Pencil className="size-3.5" aria-hidden /> Edit this
          </Link>
        )}
        {image && props.canGenerate && step.kind === "generate" && <RefineButtons imageId={image.id} iconButton={action} onReprompt={() => setReprompting(true)} labelled />}
        {image && step.parent && (
          <Link href={compareHref(step.parent.imageId, image.id)} className={action} data-testid="history-compare">
            <GitCompare className="size-3.5" aria-hidden /> Compare with parent
          </Link>
        )}
        <Link href={`/gallery/${step.id}`} className={`${action} text-muted`}>
          Details
        </Link>
      </div>
    </section>
  );
}
