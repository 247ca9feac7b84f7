import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryView } from "@/components/history/history-view";
import { ProjectActions } from "@/components/projects/project-actions";
import { requirePageMember } from "@/lib/auth/page";
import { canManage } from "@/lib/auth/ownership";
import { projectHistory } from "@/lib/db/history";
import { getProject } from "@/lib/db/projects";
import { getWorkingState } from "@/lib/db/working-state";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Project history" };

export default async function ProjectHistoryPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requirePageMember();
  const [{ id }, { base }] = await Promise.all([props.params, props.searchParams]);
  const scope = { teamId: member.team.id, userId: member.user.id };
  const history = await projectHistory({ teamId: scope.teamId, projectId: id });
  if (!history) notFound();
  const project = await getProject({ teamId: scope.teamId, projectId: id });
  // The current branch leads to the studio's base: the one named here, else the one it saved.
  const baseImageId = typeof base === "string" ? base : ((await getWorkingState(scope))?.edit?.baseImageId ?? null);

  return (
    <div className="flex h-full flex-col">
      <header className="flex flex-wrap items-end justify-between gap-3 px-6 pt-4 pb-2">
        <div className="space-y-0.5">
          <Link href="/projects" className="text-sm text-muted hover:text-fg">
            ← Projects
          </Link>
          <h1 className="text-xl font-semibold" data-testid="project-name">
            {history.project.name}
          </h1>
        </div>
        <ProjectActions
          project={{ ...project, generations: history.steps.length }}
          canManage={can(member.role, "generate") && canManage(member, project)}
          canDelete={can(member.role, "delete-own")}
        />
      </header>
      <div className="min-h-0 flex-1">
        <HistoryView
          history={history}
          baseImageId={baseImageId}
          canGenerate={can(member.role, "generate")}
          userId={member.user.id}
          canActOnAll={can(member.role, "delete-any")}
          now={new Date().toISOString()}
        />
      </div>
    </div>
  );
}
