"use client";

// On a result card's finalists: "Enlarge #2…" for one, "Enlarge all finalists…" for every one
// of the submission in one step (the total estimate shown first). New work joins the rail.
import { Maximize2 } from "lucide-react";
import { useState } from "react";
import { useStudio } from "@/components/studio/studio-context";
import type { GenerationView, ImageView } from "@/lib/views/generation";
import { EnlargeMenu } from "./enlarge-menu";

export function FinalistEnlarge({ generation, finalists }: { generation: GenerationView; finalists: ImageView[] }) {
  const studio = useStudio();
  const [open, setOpen] = useState<string | "all" | null>(null);
  const chip = "inline-flex items-center gap-0.5 rounded border border-line px-1.5 py-0.5 text-xs hover:bg-surface";
  return (
    <div className="space-y-1.5" data-testid="finalist-enlarge">
      <div className="flex flex-wrap gap-1">
        {finalists.map((img) => (
          <button key={img.id} type="button" className={chip} aria-expanded={open === img.id} onClick={() => setOpen(open === img.id ? null : img.id)} data-testid="enlarge-finalist">
            <Maximize2 className="size-3" aria-hidden /> Enlarge #{img.index + 1}…
          </button>
        ))}
        {finalists.length > 1 && (
          <button type="button" className={chip} aria-expanded={open === "all"} onClick={() => setOpen(open === "all" ? null : "all")} data-testid="enlarge-all-finalists">
            <Maximize2 className="size-3" aria-hidden /> Enlarge all {finalists.length} finalists…
          </button>
        )}
      </div>
      {open && (
        <EnlargeMenu
          key={open}
          imageIds={open === "all" ? finalists.map((f) => f.id) : [open]}
          generationId={open === "all" ? generation.id : undefined}
          onClose={() => setOpen(null)}
          onDone={(made) => {
            for (const g of made) studio?.onQueued(g);
            setOpen(null);
          }}
        />
      )}
    </div>
  );
}
