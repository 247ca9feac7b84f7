"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { requireOwnership } from "@/lib/auth/ownership";
import { getProject, renameProject } from "@/lib/db/projects";
import { projectIdSchema, projectNameSchema } from "@/lib/views/project";

/** Renames a project: its creator (a default project's person), an admin or an owner may. */
export const renameProjectAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ projectId: projectIdSchema, name: projectNameSchema }))
  .action(async ({ parsedInput: { projectId, name }, ctx: { member } }) => {
    const scope = { teamId: member.team.id, projectId };
    requireOwnership(member, await getProject(scope));
    await renameProject({ ...scope, name });
    revalidatePath("/projects");
    revalidatePath(`/projects/${projectId}`);
    return { project: { id: projectId, name } };
  });
