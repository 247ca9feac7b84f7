"use client";

// Adding a dated price row for one provider and model. Blank text-out means unknown: a run
// with output text then costs "unknown", never $0.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { addPriceRowAction } from "@/lib/actions/prices/add-price-row";
import { MODEL_IDS, type ModelId } from "@/lib/images/models";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";

const RATES = [
  ["textInPerM", "Text in"],
  ["cachedTextInPerM", "Cached text in"],
  ["imageInPerM", "Image in"],
  ["cachedImageInPerM", "Cached image in"],
  ["imageOutPerM", "Image out"],
  ["textOutPerM", "Text out (blank: unknown)"],
] as const;
type RateKey = (typeof RATES)[number][0];

export function PriceRowForm({ today }: { today: string }) {
  const [provider, setProvider] = useState("openai");
  const [model, setModel] = useState<ModelId>("gpt-image-1-mini");
  const [from, setFrom] = useState(today);
  const [rates, setRates] = useState<Record<RateKey, string>>({ textInPerM: "", cachedTextInPerM: "", imageInPerM: "", cachedImageInPerM: "", imageOutPerM: "", textOutPerM: "" });
  const add = useAction(addPriceRowAction, { onSuccess: () => toast.success(`Prices for ${provider} · ${model} from ${from} added.`) });
  const errors = fieldErrors(add.result.validationErrors);
  const rateError = add.result.validationErrors && "rates" in add.result.validationErrors ? "Enter each price in USD per 1M tokens, like 2.50." : undefined;

  return (
    <form
      aria-label="Add prices"
      className="space-y-4 rounded-lg border border-line bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        add.execute({ provider, model, effectiveFrom: from, rates: { ...rates, textOutPerM: rates.textOutPerM.trim() === "" ? null : rates.textOutPerM } });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Provider" value={provider} onChange={(e) => setProvider(e.target.value)} error={errors.provider} data-testid="price-provider" />
        <label className="block space-y-1.5">
          <span className="text-xs font-medium text-muted">Model</span>
          <select className="w-full rounded border border-line bg-raised px-3 py-2 text-base" value={model} onChange={(e) => setModel(e.target.value as ModelId)} data-testid="price-model">
            {MODEL_IDS.map((id) => (
              <option key={id}>{id}</option>
            ))}
          </select>
        </label>
        <Field label="Takes effect" type="date" value={from} onChange={(e) => setFrom(e.target.value)} error={errors.effectiveFrom} data-testid="price-from" />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {RATES.map(([key, label]) => (
          <Field key={key} label={`${label}, $/1M`} inputMode="decimal" value={rates[key]} required={key !== "textOutPerM"} onChange={(e) => setRates({ ...rates, [key]: e.target.value })} data-testid={`price-${key}`} />
        ))}
      </div>
      {(rateError || add.result.serverError) && (
        <p className="text-sm text-danger" role="alert">
          {rateError ?? add.result.serverError}
        </p>
      )}
      <Button type="submit" disabled={add.isPending}>
        Add prices
      </Button>
    </form>
  );
}
