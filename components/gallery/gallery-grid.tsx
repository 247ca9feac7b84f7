import Link from "next/link";
import { CostLabel } from "@/components/generation/cost-label";
import { ImageTile } from "@/components/generation/image-tile";
import { StatusBadge } from "@/components/generation/status-badge";
import type { GenerationView } from "@/lib/views/generation";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Every generation as a card: its images, prompt, cost and when it was made. */
export function GalleryGrid({ generations }: { generations: GenerationView[] }) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-4" data-testid="gallery">
      {generations.map((g) => (
        <li key={g.id}>
          <Link
            href={`/gallery/${g.id}`}
            data-testid="gallery-item"
            className="group block space-y-2 rounded-lg border border-line bg-surface p-2.5 transition hover:border-muted"
          >
            {g.images.length > 0 ? (
              <div className={`grid gap-1 ${g.images.length > 1 ? "grid-cols-2" : ""}`}>
                {g.images.slice(0, 4).map((img) => (
                  <ImageTile key={img.id} image={img} alt={g.prompt} sizes="240px" />
                ))}
              </div>
            ) : (
              <div className="grid aspect-square place-items-center rounded bg-raised text-xs text-muted">
                {g.errorMessage ? "No image" : "Rendering…"}
              </div>
            )}
            <p className="line-clamp-2 text-sm group-hover:text-fg" title={g.prompt}>
              {g.prompt}
            </p>
            <div className="flex items-center justify-between text-xs text-muted">
              <time dateTime={g.createdAt}>{dateFormat.format(new Date(g.createdAt))}</time>
              {g.status === "succeeded" ? <CostLabel generation={g} /> : <StatusBadge status={g.status} />}
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
