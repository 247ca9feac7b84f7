"use client";

// The studio's three panes: prompt on the left, the selected image in the centre,
// live results on the right.
import { useState } from "react";
import type { PanelData } from "@/lib/views/panel";
import type { GenerationView } from "@/lib/views/generation";
import type { SavedGenerate } from "@/lib/views/working-state";
import type { StudioProjects } from "@/lib/views/project";
import { ProjectSwitcher } from "@/components/projects/project-switcher";
import { PromptPanel } from "./prompt-panel";
import { ResultsRail } from "./results-rail";
import { Stage } from "./stage";
import { StudioProvider } from "./studio-context";
import { useLiveGenerations } from "./use-live-generations";

export function StudioShell(props: {
  initial: GenerationView[];
  panel: PanelData;
  access: { canGenerate: boolean; userId: string; canActOnAll: boolean };
  /** The prompt panel's unsent work and the picked image, saved with the working state. */
  saved: SavedGenerate | null;
  projects: StudioProjects;
}) {
  const project = props.projects.current;
  const { generations, live, add } = useLiveGenerations(props.initial, project.id);
  const [selectedImageId, setSelectedImageId] = useState(props.saved?.selectedImageId);
  const { canGenerate } = props.access;

  const selected = pickSelected(generations, selectedImageId);

  return (
    <StudioProvider value={{ ...props.access, prices: props.panel.prices, onQueued: add, project }}>
      <div className="grid h-full grid-cols-1 overflow-y-auto md:grid-cols-[theme(spacing.panel)_1fr] md:grid-rows-[minmax(0,3fr)_minmax(0,2fr)] md:overflow-hidden xl:grid-rows-1 xl:grid-cols-[theme(spacing.panel)_1fr_theme(spacing.rail)]">
        {/* Each pane scrolls on its own; the canvas keeps every pixel left. */}
        <aside className="flex flex-col border-b border-line bg-surface md:row-span-2 md:min-h-0 md:border-r md:border-b-0 xl:row-span-1">
          <ProjectSwitcher current={project} projects={props.projects.projects} canCreate={canGenerate} />
          <div className="min-h-0 flex-1">
            <PromptPanel onQueued={add} canGenerate={canGenerate} data={props.panel} saved={props.saved} selectedImageId={selectedImageId} />
          </div>
        </aside>
        <main className="min-h-[50vh] bg-canvas md:min-h-0">
          <Stage selected={selected} />
        </main>
        <aside className="border-line bg-canvas md:min-h-0 md:border-t xl:border-t-0 xl:border-l">
          <ResultsRail generations={generations} live={live} selectedImageId={selected?.image.id} onSelect={setSelectedImageId} />
        </aside>
      </div>
    </StudioProvider>
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
