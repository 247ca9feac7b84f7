"use client";

// The gallery grid with a selection: a checkbox on each tile (shift-click for a range), a
// rectangle dragged over empty space, Ctrl/Cmd+A and Escape, and the bulk bar while any is selected.
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import type { GalleryImage } from "@/lib/views/gallery";
import { BulkBar } from "./bulk-bar";
import { ImageGrid, type ImageGridProps } from "./image-grid";
import { useDragSelect } from "./use-drag-select";
import { useSelection } from "./use-selection";

type Props = Omit<ImageGridProps, "renderTileOverlay" | "onItemsChange"> & { canDecide: boolean; canGenerate?: boolean; projects: { id: string; name: string }[] };

export function SelectableGallery({ canDecide, canGenerate, projects, ...grid }: Props) {
  const router = useRouter();
  const [items, setItems] = useState<GalleryImage[]>(grid.initial);
  const order = useMemo(() => items.map((i) => i.id), [items]);
  const selection = useSelection(order);
  const drag = useDragSelect({ selected: selection.ids, onSelect: selection.replace });
  // A refreshed first page (after a bulk change) starts the grid again from the server's word.
  const [seen, setSeen] = useState(grid.initial);
  const [version, setVersion] = useState(0);
  if (seen !== grid.initial) {
    setSeen(grid.initial);
    setVersion((v) => v + 1);
  }
  const onItemsChange = useCallback((loaded: GalleryImage[]) => setItems(loaded), []);
  const { ids, toggle } = selection;
  const overlay = useCallback(
    (image: GalleryImage) => {
      const on = ids.has(image.id);
      return (
        <>
          {on && <div className="pointer-events-none absolute inset-0 rounded-lg ring-2 ring-accent" />}
          <input
            type="checkbox"
            checked={on}
            onChange={() => {}}
            onClick={(e) => toggle(image.id, e.shiftKey)}
            aria-label={`Select “${image.prompt.slice(0, 60)}”`}
            data-testid="select-tile"
            className={`absolute bottom-12 left-2 size-5 cursor-pointer accent-[var(--color-accent)] ${on || ids.size > 0 ? "opacity-100" : "opacity-0 focus:opacity-100 group-hover:opacity-100"}`}
          />
        </>
      );
    },
    [ids, toggle],
  );

  return (
    <div className="relative h-full select-none" onPointerDown={drag.onPointerDown} data-testid="selectable-gallery">
      <ImageGrid key={version} {...grid} renderTileOverlay={overlay} onItemsChange={onItemsChange} />
      {drag.rect && <div className="pointer-events-none fixed z-40 border border-accent bg-accent/10" style={drag.rect} />}
      {ids.size > 0 && (
        <BulkBar
          ids={[...ids]}
          canDecide={canDecide}
          canGenerate={canGenerate}
          projects={projects}
          onClear={selection.clear}
          onDone={() => {
            selection.clear();
            router.refresh();
          }}
        />
      )}
    </div>
  );
}
