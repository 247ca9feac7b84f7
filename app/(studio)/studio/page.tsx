import type { Metadata } from "next";
import { BudgetBanner } from "@/components/studio/budget-banner";
import { StudioShell } from "@/components/studio/studio-shell";
import { requirePageMember } from "@/lib/auth/page";
import { can } from "@/lib/permissions";
import { listGenerations } from "@/lib/db/queries";
import { getWorkingState } from "@/lib/db/working-state";
import { loadPanelData } from "@/lib/submissions/panel-data";
import { loadStudioProjects } from "@/lib/submissions/studio-projects";
import { budgetUses } from "@/lib/submissions/budget-warning";
import { overWarning, warningSentence } from "@/lib/views/budget-warning";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const member = await requirePageMember();
  // First: the results rail shows the current project's recent work.
  const projects = await loadStudioProjects(member);
  const [recent, panel, saved] = await Promise.all([
    listGenerations({ teamId: member.team.id, take: 20, projectId: projects.current.id }),
    loadPanelData(member),
    getWorkingState({ teamId: member.team.id, userId: member.user.id }),
  ]);
  const access = { canGenerate: can(member.role, "generate"), userId: member.user.id, canActOnAll: can(member.role, "delete-any") };
  const shell = <StudioShell initial={recent} panel={panel} access={access} saved={saved?.generate ?? null} projects={projects} />;
  // The 80 % warning of the team's or this person's monthly budget.
  const warnings = (await budgetUses({ teamId: member.team.id, userId: member.user.id })).filter(overWarning).map((u) => warningSentence(u));
  if (warnings.length === 0) return shell;
  return (
    <div className="flex h-full flex-col">
      <BudgetBanner warnings={warnings} />
      <div className="min-h-0 flex-1">{shell}</div>
    </div>
  );
}
