"use client";

// The left pane of the edit page: what to change and how, what it will cost, and Submit.
import type { ProviderChoice } from "@/lib/provider/limits";
import { useEffect, useRef, useState } from "react";
import { PromptBox } from "@/components/studio/prompt-box";
import { Button } from "@/components/ui/button";
import type { MaskState } from "@/lib/canvas/model";
import { formatUsd, type PriceRates } from "@/lib/images/cost";
import type { ModelId } from "@/lib/images/models";
import { MAX_PROMPT_CHARS } from "@/lib/images/schemas";
import type { GenerationView } from "@/lib/views/generation";
import { estimateTotal, NO_BATCH, planEdits, type Batch } from "./batch";
import { BatchSection, type BatchCandidate } from "./batch-section";
import { EditParamFields } from "./edit-param-fields";
import type { EditImage } from "./edit-images";
import { ModeTabs } from "@/components/studio/mode-tabs";
import { ReferenceStrip } from "./reference-strip";
import type { EditDraftState } from "./use-edit-draft";
import { useEditSubmit } from "./use-edit-submit";

export function EditPanel(props: {
  images: EditImage[];
  mask: MaskState;
  /** Prompt, parameters and options, held by the page (use-edit-draft.ts). */
  draft: EditDraftState;
  rates: Partial<Record<ModelId, PriceRates>>;
  provider?: ProviderChoice;
  candidates: BatchCandidate[];
  canEdit: boolean;
  onQueued: (g: GenerationView[]) => void;
  onMoveImage: (from: number, to: number) => void;
  onRemoveImage: (index: number) => void;
  onAddImages: (files: File[]) => void;
}) {
  const { images } = props;
  const { params, set, patch, prompt, setPrompt, keepOutside, setKeepOutside } = props.draft;
  const [batch, setBatch] = useState<Batch>(NO_BATCH);
  // A custom size being typed that breaks the model's rule: the size picker says why.
  const [sizeError, setSizeError] = useState<string | null>(null);
  const { submit, isPending, error, fieldErrors, clearFieldError } = useEditSubmit(props.onQueued);
  const base = images[0];

  const sizes = images.map((i) => ({ width: i.width, height: i.height }));
  const targetSizes = new Map(props.candidates.map((c) => [c.id, c]));
  const plan = base ? planEdits(batch, prompt, sizes, targetSizes) : [];
  const total = estimateTotal(plan, params, props.rates[params.model as ModelId]);

  const send = () => void (sizeError || submit({ params, prompt, images, mask: props.mask, keepOutsideMask: keepOutside, batch }));
  // Ctrl/Cmd+Enter submits from anywhere on the page, not only from the prompt.
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !(e.target as HTMLElement).closest?.("#prompt")) {
        e.preventDefault();
        sendRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <form
      aria-label="Edit"
      className="relative flex h-full flex-col gap-4 overflow-y-auto p-4"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <ModeTabs current="edit" />
      <PromptBox
        value={prompt}
        onChange={(value) => {
          setPrompt(value);
          clearFieldError("prompt");
        }}
        onSubmit={send}
        error={fieldErrors.prompt}
        recent={[]}
        max={MAX_PROMPT_CHARS}
      />
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          role="switch"
          checked={keepOutside}
          onChange={(e) => setKeepOutside(e.target.checked)}
          data-testid="keep-outside"
          className="mt-0.5 size-4 accent-[var(--color-accent)]"
        />
        <span>
          Keep outside the mask
          <span className="block text-xs text-muted">Pixels you did not paint stay exactly as they are.</span>
        </span>
      </label>
      {base && <ReferenceStrip images={images} onMove={props.onMoveImage} onRemove={props.onRemoveImage} onAdd={props.onAddImages} />}
      <EditParamFields params={params} set={set} patch={patch} base={base} onSizeError={setSizeError} provider={props.provider} />
      {Object.entries(fieldErrors)
        .filter(([k]) => k !== "prompt")
        .map(([k, m]) => (
          <p key={k} className="text-xs text-danger" role="alert">
            {m}
          </p>
        ))}
      <BatchSection batch={batch} onChange={setBatch} candidates={props.candidates} baseSize={base ? `${base.width} × ${base.height}` : undefined} />

      <div className="sticky -bottom-4 -mx-4 mt-auto space-y-2 border-t border-line bg-surface px-4 pt-3 pb-4">
        {error && (
          <p role="alert" data-testid="edit-error" className="rounded border border-danger/40 bg-danger/10 p-2 text-sm text-danger">
            {error}
          </p>
        )}
        <p className="flex justify-between text-xs text-muted" data-testid="edit-estimate">
          <span>
            {plan.length} edit{plan.length === 1 ? "" : "s"} × {params.n} image{params.n === 1 ? "" : "s"}
          </span>
          <span>
            Estimate <span className="tabular-nums text-fg">{total === null ? "unknown" : formatUsd(total)}</span>
          </span>
        </p>
        <Button type="submit" variant="primary" className="w-full py-2" disabled={isPending || !props.canEdit || !base} data-testid="submit-edit">
          {isPending ? "Sending…" : plan.length > 1 ? `Start ${plan.length} edits` : "Edit image"}
          <kbd className="rounded border border-current/40 px-1.5 text-xs font-normal">Ctrl ↵</kbd>
        </Button>
        {!props.canEdit && <p className="text-xs text-muted">Viewers can look; ask an owner or admin for the member role to edit.</p>}
      </div>
    </form>
  );
}
