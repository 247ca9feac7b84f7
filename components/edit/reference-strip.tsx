"use client";

// The images sent with the edit, in order: the base (the mask applies to it) and up to 15
// references. References reorder by drag or with the arrow buttons, and can be removed.
import { ChevronLeft, ChevronRight, ImagePlus, X } from "lucide-react";
import { useRef, useState } from "react";
import { MAX_IMAGES } from "@/lib/edits/limits";
import { ACCEPT, type EditImage } from "./edit-images";

export function ReferenceStrip(props: {
  images: EditImage[];
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  onAdd: (files: File[]) => void;
}) {
  const { images } = props;
  const input = useRef<HTMLInputElement>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const full = images.length >= MAX_IMAGES;
  return (
    <section aria-labelledby="refs-title" className="space-y-1.5">
      <div className="flex items-baseline justify-between">
        <h3 id="refs-title" className="text-xs font-medium text-muted">
          Images
        </h3>
        <span className="text-xs tabular-nums text-muted">
          {images.length} / {MAX_IMAGES}
        </span>
      </div>
      <ol className="grid grid-cols-4 gap-1.5" data-testid="reference-strip">
        {images.map((img, i) => (
          <li
            key={img.key}
            draggable={i > 0}
            onDragStart={() => setDragged(i)}
            onDragOver={(e) => i > 0 && dragged !== null && e.preventDefault()}
            onDrop={() => dragged !== null && i > 0 && props.onMove(dragged, i)}
            onDragEnd={() => setDragged(null)}
            data-testid="reference"
            className={`group relative overflow-hidden rounded border ${i === 0 ? "border-accent" : "border-line"} ${dragged === i ? "opacity-50" : ""}`}
          >
            <div className="checkerboard aspect-square">
              {img.width > 0 ? (
                // eslint-disable-next-line @next/next/no-img-element -- object URLs and private thumbnails need no optimizer
                <img src={img.thumb} alt={img.name} className="size-full object-cover" draggable={false} />
              ) : (
                <span className="grid size-full place-items-center p-1 text-center text-[10px] text-warning">No preview</span>
              )}
            </div>
            <span className="absolute top-0.5 left-0.5 rounded bg-black/70 px-1 text-[10px] text-white">{i === 0 ? "Base" : i + 1}</span>
            {i > 0 && (
              <div className="absolute inset-x-0 bottom-0 flex justify-between bg-black/70 opacity-0 transition group-focus-within:opacity-100 group-hover:opacity-100 [@media(hover:none)]:opacity-100">
                <StripButton label={`Move image ${i + 1} earlier`} disabled={i <= 1} onClick={() => props.onMove(i, i - 1)}>
                  <ChevronLeft className="size-3.5" aria-hidden />
                </StripButton>
                <StripButton label={`Remove image ${i + 1}`} onClick={() => props.onRemove(i)}>
                  <X className="size-3.5" aria-hidden />
                </StripButton>
                <StripButton label={`Move image ${i + 1} later`} disabled={i === images.length - 1} onClick={() => props.onMove(i, i + 1)}>
                  <ChevronRight className="size-3.5" aria-hidden />
                </StripButton>
              </div>
            )}
          </li>
        ))}
        <li>
          <button
            type="button"
            disabled={full}
            onClick={() => input.current?.click()}
            className="grid aspect-square w-full place-items-center rounded border border-dashed border-line text-muted hover:border-muted hover:text-fg disabled:opacity-40"
            title={full ? `An edit takes at most ${MAX_IMAGES} images` : "Add reference images"}
            data-testid="add-reference-file"
          >
            <ImagePlus className="size-5" aria-hidden />
            <span className="sr-only">Add reference images</span>
          </button>
        </li>
      </ol>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="sr-only"
        tabIndex={-1}
        aria-label="Reference image files"
        data-testid="reference-input"
        onChange={(e) => {
          props.onAdd([...(e.target.files ?? [])]);
          e.target.value = "";
        }}
      />
      <p className="text-xs text-muted">The mask applies to the base. References guide style and content.</p>
    </section>
  );
}

function StripButton(props: { label: string; disabled?: boolean; onClick: () => void; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
      className="grid size-6 place-items-center text-white hover:bg-white/20 disabled:opacity-30"
    >
      {props.children}
    </button>
  );
}
