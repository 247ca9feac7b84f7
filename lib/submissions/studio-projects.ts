// The studio's project switcher: the project it works in (the person's default one until they
// choose another) and the team's few most recently used projects (the picker searches the rest).
import "server-only";
import type { Member } from "@/lib/auth/member";
import { recentProjects } from "@/lib/db/project-picker";
import { currentProject } from "@/lib/db/projects";
import type { StudioProjects } from "@/lib/views/project";

export async function loadStudioProjects(member: Member): Promise<StudioProjects> {
  const scope = { teamId: member.team.id, userId: member.user.id };
  // One after the other: the default project made by the first read is in the list.
  const current = await currentProject(scope);
  return { current, projects: await recentProjects({ teamId: scope.teamId }) };
}
