"use client";

// What one does with the image on its page: star it, download it in its own format (and the
// provider's exact bytes when the file is a Fresco composite), copy the prompt, edit it.
import { Copy, Download, Pencil } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";
import { FavouriteStar } from "./favourite-star";

const action = "inline-flex items-center gap-1.5 rounded border border-line px-2.5 py-1 text-xs hover:bg-raised";

/** `position`: which of the generation's images these act on, when it has several (1-based). */
export function ImageActions(props: { imageId: string; prompt: string; favourite: boolean; hasRaw: boolean; canEdit: boolean; position?: { index: number; of: number } }) {
  const src = `/api/images/${props.imageId}`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="image-actions">
      {props.position && props.position.of > 1 && (
        <span className="text-xs text-muted">
          Image {props.position.index} of {props.position.of}:
        </span>
      )}
      <FavouriteStar key={props.imageId} imageId={props.imageId} initial={props.favourite} className="border border-line hover:bg-raised" />
      <a href={`${src}?download=1`} download className={action} data-testid="download-original">
        <Download className="size-3.5" aria-hidden /> Download
      </a>
      {props.hasRaw && (
        <a href={`${src}?variant=raw&download=1`} download className={action} data-testid="download-raw" title="Exactly the bytes the provider returned, with their content credentials">
          <Download className="size-3.5" aria-hidden /> Provider&apos;s file
        </a>
      )}
      <button
        type="button"
        className={action}
        data-testid="copy-prompt"
        onClick={() =>
          navigator.clipboard.writeText(props.prompt).then(
            () => toast.success("Prompt copied."),
            () => toast.error("The browser did not allow copying. Select the prompt and copy it instead."),
          )
        }
      >
        <Copy className="size-3.5" aria-hidden /> Copy prompt
      </button>
      {props.canEdit && (
        <Link href={`/studio/edit?image=${props.imageId}`} className={action} data-testid="edit-this">
          <Pencil className="size-3.5" aria-hidden /> Edit this
        </Link>
      )}
    </div>
  );
}
