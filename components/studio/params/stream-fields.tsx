"use client";

import { Segmented } from "@/components/ui/segmented";
import type { PanelParams } from "./use-prompt-params";

type Set = <K extends keyof PanelParams>(key: K, value: PanelParams[K]) => void;

/** Live preview: stream the image as it renders, with up to 3 partial images (100 tokens each). */
export function StreamFields({ params, set, max }: { params: PanelParams; set: Set; max: number }) {
  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">Live preview</legend>
      <label className="flex items-center justify-between gap-2 text-xs font-medium text-muted">
        <span>Live preview (stream partial images)</span>
        <input
          type="checkbox"
          role="switch"
          data-testid="stream"
          checked={params.stream}
          onChange={(e) => set("stream", e.target.checked)}
          className="size-4 accent-[var(--color-accent)]"
        />
      </label>
      {params.stream && (
        <Segmented
          name="partial_images"
          label="Partial images (each adds 100 output tokens)"
          value={String(params.partial_images)}
          onChange={(v) => set("partial_images", Number(v))}
          options={Array.from({ length: max + 1 }, (_, i) => ({ value: String(i), label: String(i) }))}
        />
      )}
    </fieldset>
  );
}
