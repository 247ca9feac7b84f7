// One image of the gallery grid: its thumbnail (square, so rows have one known height), its
// picks and review state, the star, and a line of prompt. `overlay` is a slot for layers
// drawn over the tile (a selection checkbox, for one), keyed by the image's stable id.
import Link from "next/link";
import { formatUsd } from "@/lib/images/cost";
import { imageHref, type GalleryImage } from "@/lib/views/gallery";
import { REVIEW_STATE_LABELS } from "@/lib/views/review-states";
import { FavouriteStar } from "./favourite-star";
import { PickBadge } from "./pick-badge";

export const TILE_CAPTION_PX = 44;

export function GalleryTile({ image, filterQuery, size, overlay }: { image: GalleryImage; filterQuery: string; size: number; overlay?: React.ReactNode }) {
  return (
    <div className="group relative" style={{ width: size }} data-testid="gallery-item" data-image-id={image.id} data-generation-id={image.generationId}>
      <Link href={imageHref(image, filterQuery)} className="block rounded-lg focus-visible:outline focus-visible:outline-2 focus-visible:outline-accent">
        <div className="checkerboard relative overflow-hidden rounded-lg bg-raised" style={{ height: size }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- a private, content-addressed thumbnail: no optimizer */}
          <img
            src={`/api/images/${image.id}?variant=thumb&v=${image.thumb}`}
            alt={image.prompt}
            width={size}
            height={size}
            loading="lazy"
            decoding="async"
            className="size-full object-cover transition group-hover:scale-[1.02]"
            data-testid="result-image"
          />
        </div>
        <p className="mt-1.5 truncate text-sm" title={image.prompt}>
          {image.prompt}
        </p>
        <p className="truncate text-xs text-muted">
          {image.author ?? "A former member"} · <span className="tabular-nums">{image.costUsd === null ? "cost unknown" : formatUsd(image.costUsd)}</span>
        </p>
      </Link>
      <div className="pointer-events-none absolute inset-x-1.5 top-1.5 flex items-start gap-1">
        {image.pick && <PickBadge pick={image.pick} />}
        {image.reviewState !== "draft" && (
          <span className="rounded-full bg-black/60 px-2 py-px text-xs text-white" data-testid="tile-review">
            {REVIEW_STATE_LABELS[image.reviewState]}
          </span>
        )}
      </div>
      <FavouriteStar imageId={image.id} initial={image.favourite} onImage className="absolute right-1.5 top-1.5 bg-black/50 hover:bg-black/70" />
      {overlay}
    </div>
  );
}
