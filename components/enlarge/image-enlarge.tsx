"use client";

// "Enlarge…" on an image's page: the menu for that one image; the enlargement's own page opens
// when it is made (locally at once, by the model while it runs).
import { Maximize2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { EnlargeMenu } from "./enlarge-menu";

export function ImageEnlarge({ imageId }: { imageId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <div className="space-y-2">
      <button type="button" className="inline-flex items-center gap-1 rounded border border-line px-2 py-1 text-xs hover:bg-raised" aria-expanded={open} onClick={() => setOpen((v) => !v)} data-testid="enlarge-image">
        <Maximize2 className="size-3.5" aria-hidden /> Enlarge…
      </button>
      {open && (
        <EnlargeMenu
          key={imageId}
          imageIds={[imageId]}
          onClose={() => setOpen(false)}
          onDone={(made) => {
            setOpen(false);
            if (made[0]) router.push(`/gallery/${made[0].id}`);
          }}
        />
      )}
    </div>
  );
}
