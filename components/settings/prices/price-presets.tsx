"use client";

// One click adds a published price list as the team's own rows from a date.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { applyPricePresetAction } from "@/lib/actions/prices/apply-price-preset";
import { PRICE_PRESETS } from "@/lib/images/price-presets";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";

export function PricePresets({ today }: { today: string }) {
  const [from, setFrom] = useState(today);
  const apply = useAction(applyPricePresetAction, { onSuccess: ({ data }) => toast.success(`${data?.added ?? 0} price rows added from ${from}.`) });
  const errors = fieldErrors(apply.result.validationErrors);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="w-44">
        <Field label="Takes effect" type="date" value={from} onChange={(e) => setFrom(e.target.value)} error={errors.effectiveFrom} />
      </div>
      {PRICE_PRESETS.map((p) => (
        <Button key={p.id} type="button" variant="secondary" disabled={apply.isPending} onClick={() => apply.execute({ preset: p.id, effectiveFrom: from })}>
          Add {p.label}
        </Button>
      ))}
    </div>
  );
}
