import type { Metadata } from "next";
import Link from "next/link";
import { NewProjectForm } from "@/components/projects/new-project-form";
import { ProjectActions } from "@/components/projects/project-actions";
import { ProjectCard } from "@/components/projects/project-card";
import { requirePageMember } from "@/lib/auth/page";
import { canManage } from "@/lib/auth/ownership";
import { listProjects, readProjectCursor } from "@/lib/db/project-list";
import { currentProject } from "@/lib/db/projects";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Projects" };

type Query = Record<string, string | string[] | undefined>;

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Query> }) {
  const member = await requirePageMember();
  const scope = { teamId: member.team.id, userId: member.user.id };
  // First: a person new to the team sees their own starting project in the list.
  const current = await currentProject(scope);
  // A page at a time, the most recently active first; ?after= is where the last page ended.
  const after = (await searchParams).after;
  const key = readProjectCursor(typeof after === "string" ? after : undefined);
  const { items: projects, next } = await listProjects({ teamId: scope.teamId, after: key });

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-7xl space-y-6 p-6">
        <header className="flex flex-wrap items-end justify-between gap-4">
          <div className="space-y-0.5">
            <h1 className="text-xl font-semibold">Projects</h1>
            <p className="text-sm text-muted">
              {member.team.name}&apos;s work, grouped. The studio works inside one project at a time; a refinement stays in its image&apos;s project.
            </p>
          </div>
          {can(member.role, "generate") && <NewProjectForm />}
        </header>
        <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4" data-testid="projects">
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} viewerId={member.user.id} current={p.id === current.id}>
              <ProjectActions
                project={p}
                canManage={can(member.role, "generate") && canManage(member, p)}
                canDelete={can(member.role, "delete-own")}
                compact
              />
            </ProjectCard>
          ))}
        </ul>
        {(key || next) && (
          <nav className="flex items-center justify-between text-sm" aria-label="More projects">
            {key ? (
              <Link href="/projects" className="text-accent hover:underline" data-testid="projects-newest">
                ← Most recent projects
              </Link>
            ) : (
              <span />
            )}
            {next && (
              <Link href={`/projects?after=${next}`} className="rounded border border-line px-3 py-1.5 hover:border-muted" data-testid="projects-more">
                Older projects →
              </Link>
            )}
          </nav>
        )}
      </div>
    </div>
  );
}
