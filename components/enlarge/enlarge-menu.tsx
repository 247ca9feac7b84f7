"use client";

// Enlarge one image, a selection, or a submission's finalists (issue 17): pick the size (2×,
// 4K, or a width), then one of two ways side by side, each with its estimate before the click:
// by the model (an edit on GPT Image 2) or locally with Lanczos, free. The server works out the
// sizes and estimates (the same code the submission runs), so what is shown is what is held.
import { Cpu, Sparkles } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useState } from "react";
import { toast } from "sonner";
import { newSubmissionKey } from "@/components/studio/submission-key";
import { enlargeFinalistsAction } from "@/lib/actions/enlarge/enlarge-finalists";
import { enlargeImagesAction } from "@/lib/actions/enlarge/enlarge-images";
import { estimateEnlargementAction } from "@/lib/actions/enlarge/estimate-enlargement";
import { formatUsd } from "@/lib/images/cost";
import { ENLARGE_MODELS, type EnlargeTarget, type EnlargeWay } from "@/lib/images/enlarge-size";
import type { EnlargeEstimate } from "@/lib/views/enlarge";
import type { GenerationView } from "@/lib/views/generation";

type Choice = "2x" | "4k" | "width";
const QUALITIES = ["high", "medium", "low"] as const;

function targetOf(choice: Choice, width: number): EnlargeTarget {
  if (choice === "2x") return { by: "scale", factor: 2 };
  if (choice === "4k") return { by: "4k" };
  return { by: "width", width: Math.min(7680, Math.max(16, Math.round(width) || 16)) };
}

export function EnlargeMenu(props: {
  /** The images to enlarge; with `generationId`, that submission's finalists (the ids are for the estimate). */
  imageIds: string[];
  generationId?: string;
  onDone: (generations: GenerationView[]) => void;
  onClose?: () => void;
}) {
  const [choice, setChoice] = useState<Choice>("2x");
  const [width, setWidth] = useState(2048);
  const [model, setModel] = useState(ENLARGE_MODELS[0]!);
  const [quality, setQuality] = useState<(typeof QUALITIES)[number]>("high");
  const [estimate, setEstimate] = useState<EnlargeEstimate | null>(null);
  const target = targetOf(choice, width);
  const ids = props.imageIds.join(",");

  const estimating = useAction(estimateEnlargementAction, {
    onSuccess: ({ data }) => setEstimate(data?.estimate ?? null),
    onError: ({ error }) => (setEstimate(null), toast.error(error.serverError ?? "Could not estimate the enlargement.")),
  });
  const { execute: estimateNow } = estimating;
  const key = JSON.stringify(target);
  useEffect(() => {
    if (ids) estimateNow({ imageIds: ids.split(","), target: JSON.parse(key) as EnlargeTarget, model, quality });
  }, [ids, key, model, quality, estimateNow]);

  const done = {
    onSuccess: ({ data }: { data?: { generations: GenerationView[] } }) => {
      const made = data?.generations ?? [];
      toast.success(`Enlarging ${made.length} image${made.length === 1 ? "" : "s"}`);
      props.onDone(made);
    },
    onError: ({ error }: { error: { serverError?: string } }) => toast.error(error.serverError ?? "Could not enlarge."),
  };
  const many = useAction(enlargeImagesAction, done);
  const finalists = useAction(enlargeFinalistsAction, done);
  const busy = many.isPending || finalists.isPending;
  const go = (way: EnlargeWay) => {
    const input = { target, way, quality, idempotencyKey: newSubmissionKey() };
    if (props.generationId) finalists.execute({ ...input, generationId: props.generationId });
    else many.execute({ ...input, imageIds: props.imageIds });
  };

  const sizes = estimate?.items.map((i) => `${i.from} → ${i.to}`) ?? [];
  const field = "rounded border border-line bg-surface px-1 py-0.5 text-xs focus:border-accent focus:outline-none";
  const modelUsd = estimate ? (estimate.model.usd === null ? "estimate unknown" : `≈ ${formatUsd(estimate.model.usd)}`) : "…";
  return (
    <div className="space-y-2 rounded border border-line bg-surface p-2 text-xs" data-testid="enlarge-menu">
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-muted">Enlarge {props.imageIds.length > 1 ? `${props.imageIds.length} images ` : ""}to</span>
        <select aria-label="Enlarge to" className={field} value={choice} onChange={(e) => setChoice(e.target.value as Choice)} data-testid="enlarge-target">
          <option value="2x">2×</option>
          <option value="4k">4K (3840×2160 pixels)</option>
          <option value="width">a width…</option>
        </select>
        {choice === "width" && (
          <input type="number" min={16} max={7680} step={16} aria-label="Width in pixels" className={`${field} w-20`} value={width} onChange={(e) => setWidth(Number(e.target.value))} data-testid="enlarge-width" />
        )}
        {props.onClose && (
          <button type="button" className="ml-auto text-muted hover:text-fg" onClick={props.onClose}>
            Close
          </button>
        )}
      </div>
      <p className="tabular-nums text-muted" data-testid="enlarge-size" title={sizes.join("\n")}>
        {sizes.length === 0 ? "…" : sizes.length === 1 ? sizes[0] : `${sizes[0]} and ${sizes.length - 1} more`} · aspect kept
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        <section className="space-y-1 rounded bg-raised p-2" aria-label="By the model" data-testid="enlarge-model-way">
          <p className="flex items-center gap-1 font-medium">
            <Sparkles className="size-3.5" aria-hidden /> By the model
          </p>
          <div className="flex flex-wrap gap-1">
            {ENLARGE_MODELS.length > 1 && (
              <select aria-label="Enlarge with model" className={field} value={model} onChange={(e) => setModel(e.target.value as typeof model)}>
                {ENLARGE_MODELS.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            )}
            <select aria-label="Enlarge at quality" className={field} value={quality} onChange={(e) => setQuality(e.target.value as typeof quality)}>
              {QUALITIES.map((q) => (
                <option key={q}>{q}</option>
              ))}
            </select>
          </div>
          <p className="text-muted">New detail, keeps the content; a provider call.</p>
          {estimate?.model.problem ? (
            <p className="text-danger" data-testid="enlarge-model-problem">{estimate.model.problem}</p>
          ) : (
            <p className="tabular-nums" data-testid="enlarge-model-estimate">{modelUsd}</p>
          )}
          <button type="button" disabled={busy || !estimate || Boolean(estimate.model.problem)} onClick={() => go({ method: "model", model })} className="w-full rounded bg-accent px-2 py-1 font-medium text-accent-fg hover:brightness-110 disabled:opacity-50" data-testid="enlarge-by-model">
            Enlarge on {estimate?.model.label ?? "the model"}
          </button>
        </section>
        <section className="space-y-1 rounded bg-raised p-2" aria-label="Locally" data-testid="enlarge-local-way">
          <p className="flex items-center gap-1 font-medium">
            <Cpu className="size-3.5" aria-hidden /> Locally (Lanczos)
          </p>
          <p className="text-muted">The same pixels, resized; no provider call.</p>
          {estimate?.local.problem ? (
            <p className="text-danger" data-testid="enlarge-local-problem">{estimate.local.problem}</p>
          ) : (
            <p className="tabular-nums" data-testid="enlarge-local-estimate">$0.00 · free</p>
          )}
          <button type="button" disabled={busy || !estimate || Boolean(estimate.local.problem)} onClick={() => go({ method: "local" })} className="w-full rounded border border-line px-2 py-1 font-medium hover:bg-surface disabled:opacity-50" data-testid="enlarge-locally">
            Enlarge locally
          </button>
        </section>
      </div>
    </div>
  );
}
