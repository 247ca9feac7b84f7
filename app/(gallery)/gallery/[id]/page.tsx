import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GenerationDetails } from "@/components/gallery/generation-details";
import { getGeneration } from "@/lib/db/queries";

export const metadata: Metadata = { title: "Generation" };

export default async function GenerationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const generation = await getGeneration(id);
  if (!generation) notFound();

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto grid max-w-7xl gap-6 p-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          <Link href="/gallery" className="text-sm text-muted hover:text-fg">
            ← Gallery
          </Link>
          <h1 className="text-lg leading-snug">{generation.prompt}</h1>
          <div className="grid gap-4 sm:grid-cols-2">
            {generation.images.map((img) => (
              <a key={img.id} href={`/api/images/${img.id}`} target="_blank" rel="noreferrer" className="block" data-testid="full-image-link">
                <div className="checkerboard relative overflow-hidden rounded-lg" style={{ aspectRatio: `${img.width} / ${img.height}` }}>
                  <Image src={`/api/images/${img.id}`} alt={generation.prompt} fill unoptimized sizes="50vw" className="object-contain" />
                </div>
              </a>
            ))}
          </div>
        </div>
        <aside className="h-fit rounded-lg border border-line bg-surface p-4">
          <GenerationDetails generation={generation} />
        </aside>
      </div>
    </div>
  );
}
