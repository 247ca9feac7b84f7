"use client";

// The left pane: what to make. Validates with the same schema as the server action.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { createGenerationAction } from "@/app/(studio)/actions/create-generation";
import { Button } from "@/components/ui/button";
import { Segmented } from "@/components/ui/segmented";
import { getModel, DEFAULT_MODEL, type ImageSize, type Quality } from "@/lib/images/models";
import { generateParamsSchema, MAX_PROMPT_CHARS } from "@/lib/images/schemas";
import type { GenerationView } from "@/lib/generations/view";
import { newSubmissionKey } from "./submission-key";
import { SizePicker } from "./size-picker";

const QUALITY_OPTIONS = [
  { value: "auto", label: "Auto" },
  { value: "low", label: "Low" },
  { value: "medium", label: "Medium" },
  { value: "high", label: "High" },
] as const;

export function PromptPanel({ onQueued, canGenerate }: { onQueued: (g: GenerationView) => void; canGenerate: boolean }) {
  const model = getModel(DEFAULT_MODEL);
  const [prompt, setPrompt] = useState("");
  const [size, setSize] = useState<ImageSize>("1024x1024");
  const [quality, setQuality] = useState<Quality>("low");
  const [n, setN] = useState(1);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { executeAsync, isPending } = useAction(createGenerationAction);

  async function submit() {
    const parsed = generateParamsSchema.safeParse({ model: DEFAULT_MODEL, prompt, size, quality, n });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    const result = await executeAsync({ params: parsed.data, idempotencyKey: newSubmissionKey() });
    if (result?.data?.generation) onQueued(result.data.generation);
    else toast.error(result?.serverError ?? "The generation could not be queued. Check the fields and try again.");
  }

  return (
    <form
      aria-label="Prompt"
      className="flex h-full flex-col gap-4 overflow-y-auto p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="space-y-1.5">
        <label htmlFor="prompt" className="text-xs font-medium text-muted">
          Prompt
        </label>
        <textarea
          id="prompt"
          data-testid="prompt"
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              void submit();
            }
          }}
          rows={7}
          placeholder="A lighthouse on a basalt cliff at dawn, soft mist, 35 mm film"
          aria-invalid={Boolean(errors.prompt)}
          aria-describedby="prompt-help"
          className="w-full resize-y rounded-lg border border-line bg-raised p-3 text-base placeholder:text-muted/70 focus:border-accent focus:outline-none"
        />
        <div id="prompt-help" className="flex justify-between text-xs">
          <span className="text-danger" role={errors.prompt ? "alert" : undefined}>
            {errors.prompt}
          </span>
          <span className={`tabular-nums ${prompt.length > MAX_PROMPT_CHARS ? "text-danger" : "text-muted"}`}>
            {prompt.length.toLocaleString("en-US")} / {MAX_PROMPT_CHARS.toLocaleString("en-US")}
          </span>
        </div>
      </div>

      <SizePicker sizes={model.sizes} value={size} onChange={setSize} />
      <Segmented name="quality" label="Quality" value={quality} options={QUALITY_OPTIONS} onChange={setQuality} />

      <div className="space-y-1.5">
        <label htmlFor="n" className="text-xs font-medium text-muted">
          Images
        </label>
        <input
          id="n"
          data-testid="n"
          type="number"
          min={model.n.min}
          max={model.n.max}
          value={n}
          onChange={(e) => setN(Number(e.target.value))}
          className="w-20 rounded border border-line bg-raised px-2 py-1 tabular-nums focus:border-accent focus:outline-none"
        />
        {errors.n && <p className="text-xs text-danger">{errors.n}</p>}
      </div>

      <div className="mt-auto space-y-2 border-t border-line pt-4">
        {!canGenerate && (
          <p className="rounded bg-raised p-2 text-xs text-muted" data-testid="viewer-note">
            Viewers can look and comment. Ask an owner or admin for the member role to generate.
          </p>
        )}
        <Button type="submit" variant="primary" className="w-full py-2" disabled={isPending || !canGenerate} data-testid="generate">
          {isPending ? "Queuing…" : "Generate"}
          <kbd className="rounded bg-black/20 px-1.5 text-xs font-normal">Ctrl ↵</kbd>
        </Button>
        <p className="text-center text-xs text-muted">{model.label}</p>
      </div>
    </form>
  );
}
