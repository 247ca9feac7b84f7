"use client";

import { Segmented } from "@/components/ui/segmented";
import type { Quality } from "@/lib/images/models";

const LABELS: Record<Quality, string> = { auto: "Auto", low: "Low", medium: "Medium", high: "High" };

export function QualityField({ qualities, value, onChange }: { qualities: readonly Quality[]; value: Quality; onChange: (q: Quality) => void }) {
  return (
    <Segmented<Quality> name="quality" label="Quality" value={value} onChange={onChange} options={qualities.map((q) => ({ value: q, label: LABELS[q] }))} />
  );
}
