"use client";

// The studio's three panes: prompt on the left, the selected image in the centre,
// live results on the right.
import { useState } from "react";
import type { GenerationView } from "@/lib/generations/view";
import { PromptPanel } from "./prompt-panel";
import { ResultsRail } from "./results-rail";
import { Stage } from "./stage";
import { useLiveGenerations } from "./use-live-generations";

export function StudioShell({ initial, canGenerate }: { initial: GenerationView[]; canGenerate: boolean }) {
  const { generations, live, add } = useLiveGenerations(initial);
  const [selectedImageId, setSelectedImageId] = useState<string>();

  const selected = pickSelected(generations, selectedImageId);

  return (
    <div className="grid h-full grid-cols-1 md:grid-cols-[theme(spacing.panel)_1fr] xl:grid-cols-[theme(spacing.panel)_1fr_theme(spacing.rail)]">
      <aside className="border-b border-line bg-surface md:border-r md:border-b-0">
        <PromptPanel onQueued={add} canGenerate={canGenerate} />
      </aside>
      <main className="min-h-[50vh] bg-canvas">
        <Stage selected={selected} />
      </main>
      <aside className="border-line bg-canvas md:col-span-2 xl:col-span-1 xl:border-l">
        <ResultsRail generations={generations} live={live} selectedImageId={selected?.image.id} onSelect={setSelectedImageId} />
      </aside>
    </div>
  );
}

function pickSelected(generations: GenerationView[], imageId: string | undefined) {
  for (const generation of generations) {
    const image = generation.images.find((img) => img.id === imageId);
    if (image) return { image, generation };
  }
  // Nothing picked yet: show the newest finished image.
  const latest = generations.find((g) => g.images.length > 0);
  return latest ? { image: latest.images[0]!, generation: latest } : undefined;
}
