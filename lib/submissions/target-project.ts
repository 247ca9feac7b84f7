// Which project new work goes into. A refinement of a team image (vary, re-prompt, re-run, an
// edit of a gallery image) goes into its parent's project, so a version tree stays whole;
// anything else goes into the project the studio sent (checked against the team), or else
// into the person's current project.
import "server-only";
import { currentProject, getProject, projectsOfImages } from "@/lib/db/projects";

export interface ProjectChoice {
  /** The project the studio was in, as the browser sent it; untrusted. */
  requested?: string;
  /** Each new generation's parent image, if it has one. */
  parents: (string | undefined)[];
}

/** One project id per entry of `parents`, in order. Another team's project id is NOT_FOUND. */
export async function targetProjects(who: { teamId: string; userId: string }, choice: ProjectChoice): Promise<string[]> {
  const parentIds = [...new Set(choice.parents.filter((p): p is string => Boolean(p)))];
  const ofParent = await projectsOfImages({ teamId: who.teamId, imageIds: parentIds });
  let fallback: string | undefined;
  const result: string[] = [];
  for (const parent of choice.parents) {
    const inherited = parent ? ofParent.get(parent) : undefined;
    if (inherited) {
      result.push(inherited);
      continue;
    }
    fallback ??= await chosenProject(who, choice.requested);
    result.push(fallback);
  }
  return result;
}

async function chosenProject(who: { teamId: string; userId: string }, requested: string | undefined): Promise<string> {
  if (requested) return (await getProject({ teamId: who.teamId, projectId: requested })).id;
  return (await currentProject(who)).id;
}
