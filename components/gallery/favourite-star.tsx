"use client";

// The star that makes an image one of my favourites (each person has their own), on a tile and
// on the image's page. It turns at once and turns back if the server says no.
import { Star } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { favouriteImageAction } from "@/lib/actions/gallery/favourite-image";

/** `onImage`: drawn over a thumbnail (a light star on a dark disc); else a plain button. */
export function FavouriteStar({ imageId, initial, onImage = false, className = "" }: { imageId: string; initial: boolean; onImage?: boolean; className?: string }) {
  const [on, setOn] = useState(initial);
  const { execute } = useAction(favouriteImageAction, {
    onError: ({ error }) => {
      setOn((v) => !v);
      toast.error(error.serverError ?? "The star was not saved. Try again.");
    },
  });
  return (
    <button
      type="button"
      aria-pressed={on}
      aria-label={on ? "Remove from favourites" : "Add to favourites"}
      title={on ? "Remove from favourites" : "Add to favourites"}
      data-testid="favourite"
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setOn(!on);
        execute({ imageId, favourite: !on });
      }}
      className={`grid size-7 place-items-center rounded-full focus-visible:outline focus-visible:outline-2 focus-visible:outline-accent ${className}`}
    >
      <Star className={`size-4 ${on ? "fill-amber-400 text-amber-400" : onImage ? "text-white" : "text-muted"}`} aria-hidden />
    </button>
  );
}
