"use client";

// The edit page's three panes: the edit panel on the left, the mask editor in the centre,
// live results on the right; on a phone one pane at a time (PaneTabs). Images come from
// uploads (pick, drop, paste) or from results.
import { PaneTabs, paneClass } from "@/components/layout/pane-tabs";
import { isFinished } from "@/lib/generations/status";
import type { ProviderChoice } from "@/lib/provider/limits";
import { useEffect, useState } from "react";
import { MaskEditor } from "@/components/canvas/mask-editor";
import { StudioProvider } from "@/components/studio/studio-context";
import { useLiveGenerations } from "@/components/studio/use-live-generations";
import { isTyping } from "@/components/canvas/use-canvas-shortcuts";
import type { PriceRates } from "@/lib/images/cost";
import type { ModelId } from "@/lib/images/models";
import type { GenerationView, ImageView } from "@/lib/views/generation";
import type { StudioProjects } from "@/lib/views/project";
import { ProjectSwitcher } from "@/components/projects/project-switcher";
import type { EditRestore } from "@/lib/views/working-state";
import { storedImage } from "./edit-images";
import { EditPanel } from "./edit-panel";
import { EditResults } from "./edit-results";
import { RestoreMaskButton } from "./restore-mask-button";
import { startingEdit } from "./starting-edit";
import { UploadDropZone } from "./upload-drop-zone";
import { useEditDraft } from "./use-edit-draft";
import { useEditImages, type Source } from "./use-edit-images";
import { useEditPersistence } from "./use-edit-persistence";
import { useRegionMask, type RegionMask } from "./use-region-mask";

export function EditShell(props: {
  initial: GenerationView[];
  source: Source | null;
  missingImage: boolean;
  /** The base came from the address (?image=), not from the saved working state. */
  fromAddress: boolean;
  /** What of the saved working state goes with this base (lib/db/edit-restore.ts). */
  restore: EditRestore | null;
  /** Whose work in which team: the tab's cache (edit-state-cache.ts) is kept per person and team. */
  stateKey: string;
  /** The edit whose mask may be restored onto the open image (it made that image, or ?mask=). */
  maskFrom: string | null;
  /** A pinned comment's region to start the mask from ("Use as mask", ?region=). */
  region?: RegionMask | null;
  rates: Partial<Record<ModelId, PriceRates>>;
  /** The team's default provider: edits go to it, within its limits. */
  provider?: ProviderChoice;
  access: { canGenerate: boolean; userId: string; canActOnAll: boolean };
  projects: StudioProjects;
}) {
  const project = props.projects.current;
  const { generations, live, add } = useLiveGenerations(props.initial, project.id);
  const [selected, setSelected] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [pane, setPane] = useState<"panel" | "mask" | "results">("mask");
  const running = generations.filter((g) => !isFinished(g.status)).length;
  const [maskFrom, setMaskFrom] = useState(props.maskFrom);
  const [start] = useState(() => startingEdit({ cacheKey: props.stateKey, source: props.source, fromAddress: props.fromAddress, restore: props.restore }));
  const edit = useEditImages(start);
  const draft = useEditDraft(start);
  const { images, mask, dispatch, notice, setNotice, openFile, addReferences } = edit;
  const { prompt, params, keepOutside } = draft;
  useEditPersistence(props.stateKey, { images, mask, prompt, params, keepOutside }, props.access.canGenerate);
  const base = images[0];
  useRegionMask(props.region ?? null, base, mask, dispatch);
  const missing = props.missingImage && !base ? "That image was not found in this team. Open another one." : null;

  // Pasting an image opens it when nothing is open, and adds it as a reference otherwise.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const files = [...(e.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      if (!base) void openFile(files[0]!);
      else void addReferences(files);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [base, openFile, addReferences]);

  const editImage = (img: ImageView, prompt: string) => {
    edit.setBase(storedImage({ imageId: img.id, width: img.width, height: img.height, name: prompt }));
    const made = generations.find((g) => g.images.some((i) => i.id === img.id));
    setMaskFrom(made?.kind === "edit" ? made.id : null);
    setPane("mask");
  };

  const candidates = generations.flatMap((g) =>
    g.images
      .filter((i) => base && i.width === base.width && i.height === base.height)
      .map((i) => ({ id: i.id, width: i.width, height: i.height, prompt: g.prompt })),
  );

  return (
    // On wide screens the three panes share the window's height and each scrolls on its own.
    <StudioProvider value={{ ...props.access, prices: props.rates, onQueued: add, onEditImage: editImage, project }}>
      <div className="flex h-full flex-col panes:grid panes:max-xl:grid-cols-[theme(spacing.panel)_1fr] panes:max-xl:grid-rows-[minmax(0,3fr)_minmax(0,1fr)] xl:grid-cols-[theme(spacing.panel)_1fr_theme(spacing.rail)] xl:grid-rows-[minmax(0,1fr)]">
        <h1 className="sr-only">Edit an image</h1>
        <aside aria-label="Edit panel" className={`${paneClass(pane === "panel", "flex")} flex-col border-line bg-surface panes:max-xl:row-span-2 panes:border-r xl:row-span-1`}>
          <ProjectSwitcher current={project} projects={props.projects.projects} canCreate={props.access.canGenerate} />
          <div className="min-h-0 flex-1">
            <EditPanel
              images={images}
              mask={mask}
              draft={draft}
              rates={props.rates}
              provider={props.provider}
              candidates={candidates}
              canEdit={props.access.canGenerate}
              onQueued={(list) => {
                list.forEach(add);
                setPane("results");
              }}
              onMoveImage={edit.move}
              onRemoveImage={edit.remove}
              onAddImages={(files) => void addReferences(files)}
            />
          </div>
        </aside>
        <section
          aria-label="Mask editor"
          className={`${paneClass(pane === "mask", "flex")} relative flex-col bg-canvas ${dragging ? "outline-2 -outline-offset-4 outline-accent outline-dashed" : ""}`}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes("Files")) return;
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (!file) return;
            e.preventDefault();
            void openFile(file);
          }}
        >
          {base && notice && (
            <p role="alert" data-testid="upload-error" className="flex justify-between gap-2 border-b border-danger/40 bg-danger/10 px-4 py-2 text-sm text-danger">
              {notice}
              <button type="button" className="text-xs underline" onClick={() => setNotice(null)}>
                Dismiss
              </button>
            </p>
          )}
          {base && maskFrom && <RestoreMaskButton generationId={maskFrom} mask={mask} dispatch={dispatch} onError={setNotice} />}
          {base ? (
            <MaskEditor image={{ src: base.url, width: base.width, height: base.height }} mask={mask} dispatch={dispatch} onError={setNotice} />
          ) : (
            <UploadDropZone onFile={(f) => void openFile(f)} notice={notice ?? missing} />
          )}
        </section>
        <aside aria-label="Results" className={`${paneClass(pane === "results")} overflow-hidden border-line bg-canvas panes:max-xl:border-t xl:border-t-0 xl:border-l`}>
          <EditResults
            generations={generations}
            live={live}
            selectedImageId={selected}
            onSelect={setSelected}
            onEdit={editImage}
            onReference={(img, prompt) => edit.addStored({ imageId: img.id, width: img.width, height: img.height, name: prompt })}
          />
        </aside>
        <PaneTabs
          label="Edit panes"
          current={pane}
          onChange={setPane}
          tabs={[
            { id: "panel", label: "Prompt" },
            { id: "mask", label: "Mask" },
            { id: "results", label: "Results", badge: running > 0 ? String(running) : undefined },
          ]}
        />
      </div>
    </StudioProvider>
  );
}
