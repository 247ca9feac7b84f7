"use client";

// Re-run a finalist's exact request on another model (the newest by default) or at a higher
// quality, with the estimate shown before the click ("unknown" where no price or token count is).
import { ArrowUpRight } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { rerunImageAction } from "@/lib/actions/images/rerun-image";
import { estimateCost, formatUsd } from "@/lib/images/cost";
import type { GenerationView } from "@/lib/views/generation";
import { MODELS, modelsFor, NEWEST_MODEL, type ModelId, type Quality, isModelId } from "@/lib/images/models";
import { rerunParams } from "@/lib/images/rerun-params";
import { useStudio } from "./studio-context";
import { newSubmissionKey } from "./submission-key";

const CHOICES: Quality[] = ["high", "medium", "low"];
const RERUN_MODELS = modelsFor("generate");

/** The newest model, unless the image was made on it: then the next one offered. */
function firstChoice(current: string): ModelId {
  if (current !== NEWEST_MODEL) return NEWEST_MODEL;
  return RERUN_MODELS.find((m) => m !== current && !m.startsWith(`${current}-`)) ?? NEWEST_MODEL;
}

export function RerunMenu({ generation, imageId, index }: { generation: GenerationView; imageId: string; index: number }) {
  const studio = useStudio();
  const [model, setModel] = useState<ModelId>(() => firstChoice(generation.model));
  const [quality, setQuality] = useState<Quality>("high");
  const rerun = useAction(rerunImageAction, {
    onSuccess: ({ data }) => {
      if (data?.generation) studio?.onQueued(data.generation);
      toast.success(`Re-running on ${MODELS[model].label}, ${quality} quality`);
    },
    onError: ({ error }) => toast.error(error.serverError ?? "Could not start the re-run."),
  });
  const params = rerunParams(generation.params, model, quality);
  const rates = studio?.prices[model];
  const cost = params.success ? estimateCost(params.data, rates) : null;
  const estimate = cost ? formatUsd(cost.total) : "unknown";
  // Readable in a narrow rail: the model's full name gets a row; quality and the button wrap below it.
  const select = "min-w-0 rounded border border-line bg-raised px-1.5 py-1 text-sm focus:border-accent focus:outline-none";
  return (
    <div className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="rerun">
      <span className="shrink-0 text-muted">#{index + 1} on</span>
      <select aria-label="Re-run with model" className={`${select} min-w-[9rem] flex-1`} value={model} onChange={(e) => isModelId(e.target.value) && setModel(e.target.value)}>
        {RERUN_MODELS.map((m) => (
          <option key={m} value={m}>
            {MODELS[m].label}
          </option>
        ))}
      </select>
      <select aria-label="Re-run at quality" className={select} value={quality} onChange={(e) => setQuality(e.target.value as Quality)}>
        {CHOICES.map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={rerun.isPending || !params.success}
        onClick={() => rerun.execute({ imageId, model, quality, idempotencyKey: newSubmissionKey() })}
        className="ml-auto inline-flex shrink-0 items-center gap-1 rounded bg-accent px-2 py-1 text-sm font-medium text-accent-fg hover:brightness-110 disabled:opacity-50"
        data-testid="rerun-button"
        title={`Run this request again on ${MODELS[model].label} at ${quality} quality${params.success ? `, ${params.data.size}` : ""}; estimate ${estimate}`}
      >
        <ArrowUpRight className="size-3" aria-hidden /> Re-run · {estimate}
      </button>
    </div>
  );
}
