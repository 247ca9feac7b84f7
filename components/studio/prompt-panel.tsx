"use client";

// The left pane: everything the Images API can do, kept valid as it changes, validated with
// the same schema as the server action, with the cost known before submitting.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { createGenerationAction } from "@/lib/actions/generations/create-generation";
import { ModeTabs } from "./mode-tabs";
import { Button } from "@/components/ui/button";
import { choiceKey, type PanelData } from "@/lib/views/panel";
import type { GenerationView } from "@/lib/views/generation";
import type { SavedGenerate } from "@/lib/views/working-state";
import { estimateCost, formatUsd, overCeiling } from "@/lib/images/cost";
import type { ModelId } from "@/lib/images/models";
import { generateParamsSchema, MAX_PROMPT_CHARS } from "@/lib/images/schemas";
import { CopyCurlButton } from "./copy-curl-button";
import { useProviderFit } from "./params/use-provider-fit";
import { CostEstimate } from "./cost-estimate";
import { AdvancedFields } from "./params/advanced-fields";
import { CountStepper } from "./params/count-stepper";
import { FormatFields } from "./params/format-fields";
import { ModelSelect } from "./params/model-select";
import { QualityField } from "./params/quality-field";
import { StreamFields } from "./params/stream-fields";
import { restoreParams, usePromptParams } from "./params/use-prompt-params";
import { PromptBox } from "./prompt-box";
import { ProviderPicker } from "./provider-picker";
import { newSubmissionKey } from "./submission-key";
import { SizePicker } from "./size-picker";
import { useStudio } from "./studio-context";
import { useWorkingStateSaver } from "./use-working-state-saver";

export function PromptPanel(props: {
  onQueued: (g: GenerationView) => void;
  canGenerate: boolean;
  data: PanelData;
  /** Unsent work from the saved working state: newer than the last parameters sent. */
  saved: SavedGenerate | null;
  selectedImageId: string | undefined;
}) {
  const { params, set, patch } = usePromptParams(restoreParams(props.saved?.params ?? props.data.lastParams));
  const [prompt, setPrompt] = useState(props.saved?.prompt ?? "");
  const { selectedImageId } = props;
  useWorkingStateSaver("generate", [prompt, params, selectedImageId], () => ({ prompt, params, ...(selectedImageId && { selectedImageId }) }), props.canGenerate);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A custom size being typed that breaks the model's rule: the picker shows why.
  const [sizeError, setSizeError] = useState<string | null>(null);
  const { executeAsync, isPending } = useAction(createGenerationAction);
  const projectId = useStudio()?.project?.id;
  // The chosen provider's limits narrow the model's (lib/provider/limits.ts, as the server checks).
  const [providerId, setProviderId] = useState(props.data.provider.id);
  const provider = props.data.providers.find((p) => p.id === providerId) ?? props.data.provider;
  const model = useProviderFit(params, provider, patch);
  const full = { ...params, prompt: prompt.trim() || " " };
  // The estimate is priced as the provider picked prices it (the server reserves the same).
  const rates = (props.data.pricesByChoice[choiceKey(provider)] ?? props.data.prices)[params.model as ModelId];
  // The server refuses a request over the ceiling; the panel says so before anyone presses Generate.
  const estimate = estimateCost(full, rates);
  const overLimit = estimate !== null && overCeiling(estimate.total, props.data.maxRequestUsd);

  // "Write a prompt…" goes as soon as there is one: an error stays only while what caused it does.
  function changePrompt(value: string) {
    setPrompt(value);
    if (errors.prompt) setErrors((all) => Object.fromEntries(Object.entries(all).filter(([field]) => field !== "prompt")));
  }

  async function submit() {
    if (sizeError || overLimit) return;
    const parsed = generateParamsSchema.safeParse({ ...params, prompt });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    const result = await executeAsync({ params: parsed.data, idempotencyKey: newSubmissionKey(), projectId, providerId: provider.id ?? undefined });
    if (result?.data?.generation) props.onQueued(result.data.generation);
    else toast.error(result?.serverError ?? "The generation could not be queued. Check the fields and try again.");
  }

  return (
    <form
      aria-label="Prompt"
      className="flex h-full flex-col"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="flex-1 space-y-4 overflow-y-auto p-4">
        <ModeTabs current="generate" />
        <PromptBox value={prompt} onChange={changePrompt} onSubmit={submit} error={errors.prompt} recent={props.data.recentPrompts} max={MAX_PROMPT_CHARS} />
        <ProviderPicker providers={props.data.providers} value={provider.id} onChange={setProviderId} />
        <ModelSelect endpoint="generate" value={params.model as ModelId} onChange={(m) => set("model", m)} only={provider.models} />
        <SizePicker model={model} value={params.size} onChange={(s) => set("size", s)} onError={setSizeError} />
        <QualityField qualities={model.qualities} value={params.quality} onChange={(q) => set("quality", q)} />
        <CountStepper value={params.n} min={model.n.min} max={model.n.max} onChange={(n) => set("n", n)} />
        <FormatFields params={params} patch={patch} transparency={model.transparency} formats={model.formats} />
        {model.streaming && <StreamFields params={params} set={set} max={model.maxPartialImages} />}
        <AdvancedFields params={params} set={set} />
        {Object.entries(errors)
          .filter(([field]) => field !== "prompt")
          .map(([field, message]) => (
            <p key={field} role="alert" className="text-xs text-danger">
              {message}
            </p>
          ))}
      </div>

      <div className="space-y-2 border-t border-line p-4">
        {!props.canGenerate && (
          <p className="rounded bg-raised p-2 text-xs text-muted" data-testid="viewer-note">
            Viewers can look and comment. Ask an owner or admin for the member role to generate.
          </p>
        )}
        <div className="flex items-center justify-between">
          <CostEstimate params={full} rates={rates} />
          <CopyCurlButton params={full} baseURL={props.data.baseURL} />
        </div>
        {overLimit && (
          <p role="alert" className="text-xs text-danger" data-testid="over-ceiling">
            Over the {formatUsd(props.data.maxRequestUsd)} limit per request: lower n, size or quality.
          </p>
        )}
        <Button type="submit" variant="primary" className="w-full py-2" disabled={isPending || !props.canGenerate || overLimit} data-testid="generate">
          {isPending ? "Queuing…" : params.n > 1 ? `Generate ${params.n} images` : "Generate"}
          <kbd className="rounded border border-current/40 px-1.5 text-xs font-normal">Ctrl ↵</kbd>
        </Button>
      </div>
    </form>
  );
}
