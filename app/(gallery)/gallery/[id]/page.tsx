import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EnlargedCompare } from "@/components/enlarge/enlarged-compare";
import { ImageEnlarge } from "@/components/enlarge/image-enlarge";
import { ContentCredentialsPanel } from "@/components/gallery/content-credentials";
import { DeleteGenerationButton } from "@/components/gallery/delete-generation-button";
import { EditInputs } from "@/components/gallery/edit-inputs";
import { GenerationDetails } from "@/components/gallery/generation-details";
import { ImageActions } from "@/components/gallery/image-actions";
import { ImageNavBar } from "@/components/gallery/image-nav";
import { ImageViews } from "@/components/gallery/image-views";
import { LineageSections } from "@/components/gallery/lineage-sections";
import { MoveToProject } from "@/components/gallery/move-to-project";
import { ReviewSection } from "@/components/review/review-section";
import { canManage } from "@/lib/auth/ownership";
import { can } from "@/lib/permissions";
import { requirePageMember } from "@/lib/auth/page";
import { getLineage } from "@/lib/db/lineage";
import { recentProjects } from "@/lib/db/project-picker";
import { projectOfGeneration } from "@/lib/db/projects";
import { getGeneration } from "@/lib/db/queries";
import { isEnlargement } from "@/lib/views/enlarge";
import { generationCredentials } from "@/lib/storage/image-credentials";
import { loadImageNav } from "@/lib/teams/image-nav";
import { loadReviewPanel } from "@/lib/teams/review-panel";

export const metadata: Metadata = { title: "Generation" };

export default async function GenerationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requirePageMember();
  const { id } = await params;
  const generation = await getGeneration({ teamId: member.team.id, id });
  if (!generation) notFound();
  const [lineage, project, projects, credentials] = await Promise.all([
    getLineage({ teamId: member.team.id, generation }),
    projectOfGeneration({ teamId: member.team.id, generationId: id }),
    recentProjects({ teamId: member.team.id }),
    generationCredentials({ teamId: member.team.id, generationId: id }),
  ]);
  const query = await searchParams;
  const reviewPanel = await loadReviewPanel(member, generation.images, query.image);
  // The gallery filters the address carries: ← → walk the same view.
  const nav = await loadImageNav(member, generation.images, query);
  const shown = generation.images.find((img) => img.id === nav?.imageId);

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto grid max-w-7xl gap-6 p-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-4">
          {nav ? (
            <ImageNavBar nav={nav} />
          ) : (
            <Link href="/gallery" className="text-sm text-muted hover:text-fg">
              ← Gallery
            </Link>
          )}
          <h1 className="text-lg leading-snug">{generation.prompt}</h1>
          {nav && shown && (
            <ImageActions
              imageId={nav.imageId}
              prompt={generation.prompt}
              favourite={nav.favourite}
              hasRaw={shown.hasRaw}
              canEdit={can(member.role, "generate")}
              position={{ index: generation.images.indexOf(shown) + 1, of: generation.images.length }}
            />
          )}
          {nav && shown && can(member.role, "generate") && <ImageEnlarge imageId={nav.imageId} />}
          {isEnlargement(generation) && (
            <div className="max-w-xl">
              <EnlargedCompare generation={generation} />
            </div>
          )}
          <div className="grid gap-4 sm:grid-cols-2">
            {generation.images.map((img) => (
              <ImageViews key={img.id} image={img} alt={generation.prompt} isEdit={generation.kind === "edit"} selected={generation.images.length > 1 && img.id === nav?.imageId} />
            ))}
          </div>
          <EditInputs inputs={generation.inputs} />
          <LineageSections lineage={lineage} />
          {lineage.parent && generation.images[0] && (
            <Link
              href={`/gallery/compare?a=${lineage.parent.imageId}&b=${generation.images[0].id}`}
              className="inline-flex rounded border border-line px-2 py-1 text-xs hover:bg-raised"
              data-testid="compare-with-parent"
            >
              Compare with its parent…
            </Link>
          )}
        </div>
        <aside className="h-fit space-y-3 rounded-lg border border-line bg-surface p-4">
          <GenerationDetails generation={generation} />
          {project && (
            <p className="text-sm text-muted">
              In{" "}
              <Link href={`/projects/${project.id}`} className="text-accent hover:underline" data-testid="generation-project">
                {project.name}
              </Link>
            </p>
          )}
          {can(member.role, "generate") && canManage(member, generation) && (
            <MoveToProject generationId={generation.id} current={project} projects={projects} />
          )}
          {(can(member.role, "delete-any") || (can(member.role, "delete-own") && generation.createdById === member.user.id)) && (
            <DeleteGenerationButton id={generation.id} />
          )}
          <ContentCredentialsPanel credentials={credentials} />
        </aside>
        {reviewPanel && (
          <div className="lg:col-span-2">
            <ReviewSection {...reviewPanel} alt={generation.prompt} />
          </div>
        )}
      </div>
    </div>
  );
}
