"use client";

import { Minus, Plus } from "lucide-react";

/** How many images: a number field with − and + for pointer and touch. */
export function CountStepper({ value, min, max, onChange }: { value: number; min: number; max: number; onChange: (n: number) => void }) {
  const button = "grid size-8 place-items-center rounded text-muted hover:bg-surface hover:text-fg disabled:opacity-40";
  return (
    <div className="space-y-1.5">
      <label htmlFor="n" className="text-xs font-medium text-muted">
        Images
      </label>
      <div className="flex w-fit items-center gap-1 rounded-lg bg-raised p-0.5">
        <button type="button" className={button} onClick={() => onChange(value - 1)} disabled={value <= min} aria-label="One image fewer">
          <Minus className="size-3.5" aria-hidden />
        </button>
        <input
          id="n"
          data-testid="n"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value}
          onChange={(e) => onChange(Number(e.target.value))}
          className="w-10 bg-transparent text-center tabular-nums focus:outline-none [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none"
        />
        <button type="button" className={button} onClick={() => onChange(value + 1)} disabled={value >= max} aria-label="One image more">
          <Plus className="size-3.5" aria-hidden />
        </button>
      </div>
    </div>
  );
}
