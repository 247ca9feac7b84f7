"use client";

// Width × height for a model that takes custom sizes, judged as it is typed: a size the model
// takes goes to the form at once; one it refuses stays here with the sentence naming the rule.
import { ArrowLeftRight } from "lucide-react";
import { useEffect, useState } from "react";
import type { ConcreteSize, ImageModel, ImageSize } from "@/lib/images/models";
import { judgeDraft } from "./size-choices";

export function CustomSizeFields(props: {
  model: ImageModel;
  value: ImageSize;
  onChange: (size: ConcreteSize) => void;
  onError: (message: string | null) => void;
}) {
  const [width = "1024", height = "1024"] = props.value === "auto" ? [] : props.value.split("x");
  const [draft, setDraft] = useState({ width, height, from: props.value });
  // A size set from outside (a preset, a repair, another model) replaces what was typed.
  if (draft.from !== props.value) setDraft({ width, height, from: props.value });
  const judged = judgeDraft(draft.width, draft.height, props.model);

  // The form refuses to submit while a typed size breaks the rule, and forgets it once gone.
  const { onError } = props;
  useEffect(() => {
    onError(judged.error ?? null);
    return () => onError(null);
  }, [judged.error, onError]);

  function edit(next: { width: string; height: string }) {
    const verdict = judgeDraft(next.width, next.height, props.model);
    setDraft({ ...next, from: verdict.size ?? props.value });
    if (verdict.size) props.onChange(verdict.size);
  }

  const rule = props.model.customSizes;
  const input =
    "w-full min-w-0 rounded border bg-raised px-2 py-1.5 text-sm tabular-nums focus:outline-none [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none";
  const border = judged.error ? "border-danger focus:border-danger" : "border-line focus:border-accent";
  const side = (name: "width" | "height", label: string) => (
    <label className="flex-1 space-y-1">
      <span className="text-[11px] text-muted">{label}</span>
      <input
        data-testid={`size-${name}`}
        type="number"
        inputMode="numeric"
        min={rule?.multipleOf}
        max={rule?.maxSide}
        step={rule?.multipleOf}
        value={draft[name]}
        aria-invalid={Boolean(judged.error)}
        aria-describedby="size-note"
        onChange={(e) => edit({ ...draft, [name]: e.target.value })}
        className={`${input} ${border}`}
      />
    </label>
  );
  return (
    <div className="space-y-1.5" data-testid="custom-size">
      <div className="flex items-end gap-1.5">
        {side("width", "Width")}
        <button
          type="button"
          aria-label="Swap width and height"
          title="Swap width and height"
          onClick={() => edit({ width: draft.height, height: draft.width })}
          className="grid size-8 shrink-0 place-items-center rounded text-muted hover:bg-raised hover:text-fg"
        >
          <ArrowLeftRight className="size-3.5" aria-hidden />
        </button>
        {side("height", "Height")}
      </div>
      <p id="size-note" role={judged.error ? "alert" : undefined} data-testid="size-note" className={`text-xs ${judged.error ? "text-danger" : "text-muted"}`}>
        {judged.error ??
          (rule && `Sides in steps of ${rule.multipleOf} up to ${rule.maxSide}, shaped 1:${rule.maxAspect} to ${rule.maxAspect}:1, from 1024 × 640 to 3840 × 2160 pixels in all.`)}
      </p>
    </div>
  );
}
