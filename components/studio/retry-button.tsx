"use client";

// Retry on a card whose run failed, was canceled or interrupted: the same request again under a
// new idempotency key, as the same kind of step, so a retried variation, re-prompt or re-run
// keeps its place in the version tree (the same parent image). Edits are retried from the edit
// page, which holds their files.
import { RotateCcw } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { createGenerationAction } from "@/lib/actions/generations/create-generation";
import { repromptImageAction } from "@/lib/actions/images/reprompt-image";
import { rerunImageAction } from "@/lib/actions/images/rerun-image";
import { varyImageAction } from "@/lib/actions/images/vary-image";
import { isModelId, QUALITIES, type Quality } from "@/lib/images/models";
import { generateParamsSchema } from "@/lib/images/schemas";
import type { GenerationView } from "@/lib/views/generation";
import { refinementOf } from "@/lib/views/lineage";
import { useStudio } from "./studio-context";
import { newSubmissionKey } from "./submission-key";

type Queued = { data?: { generation?: GenerationView | null } };

export function RetryButton({ generation: g }: { generation: GenerationView }) {
  const studio = useStudio();
  const callbacks = {
    onSuccess: ({ data }: Queued) => {
      if (data?.generation) studio?.onQueued(data.generation);
    },
    onError: ({ error }: { error: { serverError?: string } }) => toast.error(error.serverError ?? "Could not retry. Check the request and try again."),
  };
  const create = useAction(createGenerationAction, callbacks);
  const vary = useAction(varyImageAction, callbacks);
  const reprompt = useAction(repromptImageAction, callbacks);
  const rerun = useAction(rerunImageAction, callbacks);
  const retry = retryOf(g);
  if (!retry || !studio?.canGenerate) return null;
  const pending = create.isPending || vary.isPending || reprompt.isPending || rerun.isPending;

  function run() {
    const idempotencyKey = newSubmissionKey();
    if (!retry) return;
    if (retry.how === "new") create.execute({ params: retry.params, idempotencyKey, projectId: studio?.project?.id });
    else if (retry.how === "variation") vary.execute({ imageId: retry.imageId, idempotencyKey });
    else if (retry.how === "re-run") rerun.execute({ imageId: retry.imageId, model: retry.model, quality: retry.quality, idempotencyKey });
    else reprompt.execute({ imageId: retry.imageId, prompt: g.prompt, idempotencyKey });
  }

  return (
    <button
      type="button"
      onClick={run}
      disabled={pending}
      data-testid="retry"
      className="inline-flex shrink-0 items-center gap-1 rounded border border-line px-2 py-0.5 text-xs text-fg hover:border-muted disabled:opacity-50"
    >
      <RotateCcw className="size-3" aria-hidden /> {pending ? "Retrying…" : "Retry"}
    </button>
  );
}

type Retry =
  | { how: "new"; params: ReturnType<typeof generateParamsSchema.parse> }
  | { how: "variation" | "re-prompt"; imageId: string }
  | { how: "re-run"; imageId: string; model: Parameters<typeof rerunImageAction>[0]["model"]; quality: Quality };

/** How the failed request is asked again, or null when it cannot be from here. */
function retryOf(g: GenerationView): Retry | null {
  if (g.kind !== "generate") return null;
  const quality = typeof g.params.quality === "string" ? g.params.quality : null;
  if (g.parent && g.parent.kind === "generate") {
    const how = refinementOf({ prompt: g.prompt, model: g.model, quality }, g.parent);
    if (how !== "re-run") return { how, imageId: g.parent.imageId };
    if (!isModelId(g.model) || !QUALITIES.includes(quality as Quality)) return null;
    return { how, imageId: g.parent.imageId, model: g.model as Parameters<typeof rerunImageAction>[0]["model"], quality: quality as Quality };
  }
  const params = generateParamsSchema.safeParse(g.params);
  return params.success ? { how: "new", params: params.data } : null;
}
