import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GalleryGrid } from "@/components/gallery/gallery-grid";
import { requirePageMember } from "@/lib/auth/page";
import { getProject } from "@/lib/db/projects";
import { listGenerations } from "@/lib/db/queries";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Gallery" };
const PAGE_SIZE = 48;

export default async function GalleryPage({ searchParams }: { searchParams: Promise<{ after?: string; project?: string }> }) {
  const member = await requirePageMember();
  const { after, project: projectId } = await searchParams;
  // ?project=<id> keeps to one project; another team's id is as missing as an unknown one.
  const project = projectId ? await getProject({ teamId: member.team.id, projectId }).catch(missingAsNull) : undefined;
  if (project === null) notFound();
  const page = await listGenerations({ teamId: member.team.id, take: PAGE_SIZE + 1, cursor: after, projectId: project?.id });
  // Older/Newer stay within the project.
  const pageLink = (more: Record<string, string>) => `/gallery?${new URLSearchParams({ ...(project ? { project: project.id } : {}), ...more })}`;
  const generations = page.slice(0, PAGE_SIZE);
  const next = page.length > PAGE_SIZE ? generations.at(-1)?.id : undefined;

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-7xl space-y-6 p-6">
        <header className="flex items-baseline justify-between">
          <h1 className="text-xl font-semibold">Gallery</h1>
          <p className="text-sm text-muted">
            {project ? (
              <>
                In <Link href={`/projects/${project.id}`} className="text-accent hover:underline">{project.name}</Link>, newest first ·{" "}
                <Link href="/gallery" className="hover:text-fg">all projects</Link>
              </>
            ) : (
              <>Everything {member.team.name} has made, newest first</>
            )}
          </p>
        </header>
        {generations.length === 0 ? (
          <div className="rounded-lg border border-dashed border-line p-10 text-center text-muted">
            <p className="text-lg text-fg">Nothing here yet</p>
            <p className="mt-1 text-sm">
              Images you generate in the <Link href="/studio" className="text-accent hover:underline">studio</Link> are kept
              here with their prompt, settings and cost.
            </p>
          </div>
        ) : (
          <GalleryGrid generations={generations} />
        )}
        <nav className="flex justify-between text-sm">
          {after ? <Link href={pageLink({})} className="text-accent hover:underline">← Newest</Link> : <span />}
          {next && <Link href={pageLink({ after: next })} className="text-accent hover:underline">Older →</Link>}
        </nav>
      </div>
    </div>
  );
}

function missingAsNull(err: unknown): null {
  if (err instanceof AppError && err.code === "NOT_FOUND") return null;
  throw err;
}
