// A finalist or discarded mark, on gallery tiles and on the image page.
import type { ImagePick } from "@/lib/views/generation";

export function PickBadge({ pick }: { pick: NonNullable<ImagePick> }) {
  return (
    <span
      data-testid="pick-badge"
      data-pick={pick}
      className={`rounded-full px-2 py-px text-xs ${pick === "finalist" ? "bg-success/90 text-black" : "bg-black/60 text-white/80 line-through"}`}
    >
      {pick === "finalist" ? "Finalist" : "Discarded"}
    </span>
  );
}
