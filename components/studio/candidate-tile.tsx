"use client";

// One candidate image in a result card: select it for the stage, mark it a finalist, discard
// it, vary or re-prompt it, or open it in the editor.
import { Pencil, Star, X } from "lucide-react";
import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { pickImageAction } from "@/lib/actions/images/pick-image";
import { ImageTile } from "@/components/generation/image-tile";
import type { GenerationView, ImagePick, ImageView } from "@/lib/views/generation";
import { RefineButtons, RepromptForm } from "./refine-controls";
import { useStudio } from "./studio-context";

export function CandidateTile(props: {
  generation: GenerationView;
  image: ImageView;
  selected: boolean;
  onSelect: () => void;
  onPicked: (pick: ImagePick) => void;
}) {
  const studio = useStudio();
  const { image, generation } = props;
  const [reprompting, setReprompting] = useState(false);
  const pick = useAction(pickImageAction, {
    onSuccess: ({ data }) => data && props.onPicked(data.pick),
    onError: ({ error }) => toast.error(error.serverError ?? "Could not save your pick."),
  });
  const finalist = image.pick === "finalist";
  // The server's ownership rule (lib/auth/ownership.ts): picks belong to the author, admins and owners.
  const mayPick = studio?.canActOnAll || generation.createdById === studio?.userId;
  const iconButton = "grid size-7 place-items-center rounded bg-black/60 text-white backdrop-blur hover:bg-black/80";
  return (
    <div className={`group relative rounded ${props.selected ? "ring-2 ring-accent ring-offset-2 ring-offset-surface" : ""}`} data-testid="candidate" data-pick={image.pick ?? ""}>
      <button type="button" onClick={props.onSelect} className="block w-full" aria-label={`Show image ${image.index + 1} of “${generation.prompt.slice(0, 40)}”`} aria-pressed={props.selected}>
        <ImageTile image={image} alt={generation.prompt} />
      </button>
      {finalist && <Star className="pointer-events-none absolute left-1.5 top-1.5 size-4 fill-warning text-warning" aria-label="Finalist" />}
      {studio?.canGenerate && (
        // On a narrow tile the buttons wrap onto a second row instead of spilling past its edge.
        // Where nothing hovers (a phone, a tablet) they always show.
        <div className="absolute inset-x-1 top-1 flex flex-wrap justify-end gap-1 opacity-0 transition group-focus-within:opacity-100 group-hover:opacity-100 [@media(hover:none)]:opacity-100">
          {mayPick && <button type="button" className={iconButton} title={finalist ? "Unmark finalist" : "Mark as finalist"} aria-label={finalist ? "Unmark finalist" : "Mark as finalist"} data-testid="mark-finalist" onClick={() => pick.execute({ imageId: image.id, pick: finalist ? null : "finalist" })}>
            <Star className={`size-3.5 ${finalist ? "fill-warning text-warning" : ""}`} aria-hidden />
          </button>}
          {studio.onEditImage ? (
            <button type="button" className={iconButton} title="Edit this image" aria-label="Edit this image" onClick={() => studio.onEditImage!(image, generation.prompt)}>
              <Pencil className="size-3.5" aria-hidden />
            </button>
          ) : (
            <Link href={`/studio/edit?image=${image.id}`} prefetch={false} className={iconButton} title="Edit this image" aria-label="Edit this image" data-testid="edit-this">
              <Pencil className="size-3.5" aria-hidden />
            </Link>
          )}
          {generation.kind === "generate" && <RefineButtons imageId={image.id} iconButton={iconButton} onReprompt={() => setReprompting(true)} />}
          {mayPick && <button type="button" className={iconButton} title="Discard (kept in history)" aria-label="Discard" data-testid="discard" onClick={() => pick.execute({ imageId: image.id, pick: "discarded" })}>
            <X className="size-3.5" aria-hidden />
          </button>}
        </div>
      )}
      {reprompting && <RepromptForm generation={generation} imageId={image.id} onClose={() => setReprompting(false)} />}
    </div>
  );
}
