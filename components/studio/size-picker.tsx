"use client";

// The size: the model's listed sizes as shapes, and for a model that takes custom sizes the
// usual presets and a custom width × height. Shared by the prompt and the edit panel.
import { useCallback, useState } from "react";
import type { ConcreteSize, ImageModel, ImageSize } from "@/lib/images/models";
import { CustomSizeFields } from "./params/custom-size-fields";
import { choiceFor, describeSize, isExperimentalSize, sizeChoices, type SizeChoice } from "./params/size-choices";

/** A rectangle of the size's shape, at most 18 px on its long side. */
function Shape({ choice }: { choice: SizeChoice }) {
  if (!choice.pixels) {
    return <span className="text-[10px] leading-none">{choice.value === "auto" ? "A" : "W×H"}</span>;
  }
  const scale = 18 / Math.max(choice.pixels.width, choice.pixels.height);
  const w = Math.max(6, Math.round(choice.pixels.width * scale));
  const h = Math.max(6, Math.round(choice.pixels.height * scale));
  return <span className="block rounded-[2px] border border-current" style={{ width: w, height: h }} />;
}

export function SizePicker(props: {
  model: ImageModel;
  value: ImageSize;
  onChange: (size: ImageSize) => void;
  /** Told the sentence while a typed size breaks the rule, and null once it holds. */
  onError?: (message: string | null) => void;
}) {
  const choices = sizeChoices(props.model);
  const [customOpen, setCustomOpen] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  const { onError } = props;
  const reportError = useCallback(
    (message: string | null) => {
      setDraftError(message);
      onError?.(message);
    },
    [onError],
  );
  const canCustom = choices.some((c) => c.value === "custom");
  const chosen = customOpen && canCustom ? "custom" : choiceFor(choices, props.value);
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2 text-xs">
        <span className="font-medium text-muted">Size</span>
        {/* While a typed size breaks the rule, the size below is not what would be sent: no caption. */}
        <span className="tabular-nums text-muted" data-testid="size-caption" hidden={chosen === "custom" && draftError !== null}>
          {describeSize(props.value)}
          {isExperimentalSize(props.model, props.value) && (
            <span className="ml-1.5 rounded bg-warning/15 px-1 py-px text-[10px] font-medium text-warning" title="Past 2560 × 1440 the provider calls its output experimental">
              experimental
            </span>
          )}
        </span>
      </div>
      <div role="radiogroup" aria-label="Size" className="grid grid-cols-4 gap-1 rounded-lg bg-raised p-1">
        {choices.map((choice) => {
          const checked = choice.value === chosen;
          return (
            <label
              key={choice.value}
              title={choice.pixels ? `${choice.pixels.width} × ${choice.pixels.height}${choice.experimental ? " (experimental)" : ""}` : choice.value === "auto" ? "Let the model choose" : "Any width and height the model takes"}
              className={`flex cursor-pointer flex-col items-center gap-1 rounded px-1 py-1 text-xs transition has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent ${
                checked ? "bg-surface text-fg shadow-sm" : "text-muted hover:text-fg"
              }`}
            >
              <input
                type="radio"
                className="sr-only"
                name="size"
                value={choice.value}
                checked={checked}
                onChange={() => {
                  setCustomOpen(choice.value === "custom");
                  if (choice.value !== "custom") props.onChange(choice.value);
                }}
              />
              <span aria-hidden className="grid h-5 place-items-center">
                <Shape choice={choice} />
              </span>
              <span>{choice.label}</span>
            </label>
          );
        })}
      </div>
      {chosen === "custom" && (
        <CustomSizeFields
          model={props.model}
          value={props.value}
          onChange={(size: ConcreteSize) => props.onChange(size)}
          onError={reportError}
        />
      )}
    </div>
  );
}
