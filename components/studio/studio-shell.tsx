"use client";

// The studio's three panes: prompt on the left, the selected image in the centre,
// live results on the right. On a phone one pane shows at a time (PaneTabs).
import { useState } from "react";
import { PaneTabs, paneClass } from "@/components/layout/pane-tabs";
import { isFinished } from "@/lib/generations/status";
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
  const [pane, setPane] = useState<"prompt" | "stage" | "results">("prompt");
  // What was just submitted from here: its partial images take the stage until the person picks another.
  const [watching, setWatching] = useState<string | null>(null);
  const queued = (g: GenerationView) => {
    add(g);
    setWatching(g.id);
    setPane("stage");
  };
  const select = (imageId: string) => {
    setWatching(null);
    setSelectedImageId(imageId);
    setPane("stage");
  };

  const watched = watching ? generations.find((g) => g.id === watching) : undefined;
  const rendering = watched && !isFinished(watched.status) ? watched : undefined;
  const selected = watched?.images[0] ? { image: watched.images[0], generation: watched } : pickSelected(generations, selectedImageId);
  const running = generations.filter((g) => !isFinished(g.status)).length;

  return (
    <StudioProvider value={{ ...props.access, prices: props.panel.prices, onQueued: queued, project }}>
      <div className="flex h-full flex-col panes:grid panes:max-xl:grid-cols-[theme(spacing.panel)_1fr] panes:max-xl:grid-rows-[minmax(0,3fr)_minmax(0,2fr)] panes:overflow-hidden xl:grid-rows-1 xl:grid-cols-[theme(spacing.panel)_1fr_theme(spacing.rail)]">
        {/* Each pane scrolls on its own; the canvas keeps every pixel left. */}
        <h1 className="sr-only">Studio</h1>
        <aside aria-label="Prompt panel" className={`${paneClass(pane === "prompt", "flex")} flex-col border-line bg-surface panes:max-xl:row-span-2 panes:border-r xl:row-span-1`}>
          <ProjectSwitcher current={project} projects={props.projects.projects} canCreate={canGenerate} />
          <div className="min-h-0 flex-1">
            <PromptPanel onQueued={queued} canGenerate={canGenerate} data={props.panel} saved={props.saved} selectedImageId={selectedImageId} />
          </div>
        </aside>
        <section aria-label="Image" className={`${paneClass(pane === "stage")} bg-canvas`}>
          <Stage selected={selected} rendering={rendering && { generation: rendering, partials: live[rendering.id]?.partials ?? {} }} />
        </section>
        <aside aria-label="Results" className={`${paneClass(pane === "results")} border-line bg-canvas panes:max-xl:border-t xl:border-t-0 xl:border-l`}>
          <ResultsRail generations={generations} live={live} selectedImageId={selected?.image.id} onSelect={select} />
        </aside>
        <PaneTabs
          label="Studio panes"
          current={pane}
          onChange={setPane}
          tabs={[
            { id: "prompt", label: "Prompt" },
            { id: "stage", label: "Image" },
            { id: "results", label: "Results", badge: running > 0 ? String(running) : undefined },
          ]}
        />
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
