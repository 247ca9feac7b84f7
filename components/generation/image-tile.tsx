import Image from "next/image";
import type { ImageView } from "@/lib/views/generation";

/** A thumbnail with its final aspect ratio reserved, so nothing shifts when it loads. */
export function ImageTile({ image, alt, sizes = "200px" }: { image: ImageView; alt: string; sizes?: string }) {
  return (
    <div className="checkerboard relative overflow-hidden rounded" style={{ aspectRatio: `${image.width} / ${image.height}` }}>
      <Image
        src={`/api/images/${image.id}?variant=thumb`}
        alt={alt}
        fill
        sizes={sizes}
        unoptimized
        className="object-cover"
        data-testid="result-image"
      />
    </div>
  );
}

/** A placeholder of the right shape while an image renders, or its latest partial. */
export function PendingTile({ aspect, partial }: { aspect: string; partial?: string }) {
  return (
    <div className="relative overflow-hidden rounded bg-raised" style={{ aspectRatio: aspect }} data-testid="pending-tile">
      {partial ? (
        // eslint-disable-next-line @next/next/no-img-element -- a data: URL needs no optimizer
        <img src={partial} alt="Partial rendition" className="absolute inset-0 size-full object-cover blur-[1px]" />
      ) : (
        <div className="absolute inset-0 animate-pulse bg-gradient-to-br from-raised via-line/60 to-raised" />
      )}
    </div>
  );
}
