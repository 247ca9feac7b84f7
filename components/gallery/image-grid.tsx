"use client";

// The gallery's grid: rows of square tiles, only the rows near the screen in the DOM
// (@tanstack/react-virtual), the next page fetched from /api/gallery as the end comes near.
// The scroll container holds the page's header too (`header`), so it scrolls away with the grid.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { galleryPageSchema, type GalleryImage } from "@/lib/views/gallery";
import { GalleryTile, TILE_CAPTION_PX } from "./gallery-tile";

const GAP = 16;
const MIN_TILE = 200;

export interface ImageGridProps {
  initial: GalleryImage[];
  next: string | null;
  /** The filters as a query string: every page and every tile link carries them. */
  filterQuery: string;
  header: React.ReactNode;
  /** Drawn over each tile (e.g. a selection layer), keyed by the image's id. */
  renderTileOverlay?: (image: GalleryImage) => React.ReactNode;
  /** Every image loaded so far, in order, whenever a page arrives (a selection's shift-click ranges). */
  onItemsChange?: (items: GalleryImage[]) => void;
}

export function ImageGrid({ initial, next: firstNext, filterQuery, header, renderTileOverlay, onItemsChange }: ImageGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState(initial);
  const [next, setNext] = useState(firstNext);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(0);
  const [margin, setMargin] = useState(0);

  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return;
    const measure = () => {
      setWidth(grid.clientWidth);
      setMargin(grid.offsetTop);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => observer.disconnect();
  }, []);

  // Before the browser measures (on the server), a common desktop width.
  const measured = width || 1232;
  const columns = Math.max(2, Math.floor((measured + GAP) / (MIN_TILE + GAP)));
  const tile = Math.floor((measured - GAP * (columns - 1)) / columns);
  const rowCount = Math.ceil(items.length / columns);
  // The virtualizer is read fresh on every render (React Compiler skips this component).
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => tile + TILE_CAPTION_PX + GAP,
    overscan: 2,
    scrollMargin: margin,
    // The server renders the first rows; the browser takes over once it has measured.
    initialRect: { width: 1280, height: 900 },
  });
  useEffect(() => virtualizer.measure(), [tile, virtualizer]);

  const loadMore = useCallback(async () => {
    if (!next || loading) return;
    setLoading(true);
    setError(null);
    try {
      const res = await fetch(`/api/gallery?${filterQuery}${filterQuery ? "&" : ""}cursor=${encodeURIComponent(next)}`);
      const body: unknown = await res.json();
      if (!res.ok) throw new Error((body as { error?: string }).error ?? "The gallery could not load more images.");
      const page = galleryPageSchema.parse(body);
      if (page.view === "images") setItems((old) => [...old, ...page.items]);
      setNext(page.next);
    } catch (err) {
      setError(err instanceof Error ? err.message : "The gallery could not load more images.");
    } finally {
      setLoading(false);
    }
  }, [next, loading, filterQuery]);

  useEffect(() => onItemsChange?.(items), [items, onItemsChange]);

  const rows = virtualizer.getVirtualItems();
  const lastRow = rows.at(-1)?.index ?? 0;
  useEffect(() => {
    if (next && !loading && !error && lastRow >= rowCount - 3) void loadMore();
  }, [lastRow, rowCount, next, loading, error, loadMore]);

  return (
    <div ref={scrollRef} className="h-full overflow-y-auto" data-testid="gallery-scroller">
      <div className="mx-auto max-w-7xl px-6 pb-10 pt-6">
        {header}
        <div ref={gridRef} role="list" aria-label="Images" data-testid="gallery" data-loaded={items.length} className="relative mt-5" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => (
            <div
              key={row.key}
              role="presentation"
              className="absolute left-0 flex w-full"
              style={{ top: row.start - margin, gap: GAP, height: tile + TILE_CAPTION_PX }}
            >
              {items.slice(row.index * columns, row.index * columns + columns).map((image) => (
                <div role="listitem" key={image.id}>
                  <GalleryTile image={image} filterQuery={filterQuery} size={tile} overlay={renderTileOverlay?.(image)} />
                </div>
              ))}
            </div>
          ))}
        </div>
        <div className="py-4 text-center text-sm text-muted" aria-live="polite">
          {error ? (
            <button type="button" onClick={() => (setError(null), void loadMore())} className="text-danger hover:underline">
              {error} Try again.
            </button>
          ) : loading ? (
            "Loading more…"
          ) : !next && items.length > 0 ? (
            `All ${items.length.toLocaleString("en")} images shown.`
          ) : null}
        </div>
      </div>
    </div>
  );
}
