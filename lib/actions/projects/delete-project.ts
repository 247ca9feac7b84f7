"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { requireOwnership } from "@/lib/auth/ownership";
import { deleteProject, getProject } from "@/lib/db/projects";
import { projectIdSchema } from "@/lib/views/project";

/** Deletes an empty project that is nobody's starting one; its creator, an admin or an owner may. */
export const deleteProjectAction = teamAction
  .metadata({ permission: "delete-own" })
  .inputSchema(z.object({ projectId: projectIdSchema }))
  .action(async ({ parsedInput: { projectId }, ctx: { member } }) => {
    const scope = { teamId: member.team.id, projectId };
    requireOwnership(member, await getProject(scope));
    await deleteProject(scope);
    revalidatePath("/projects");
    return { id: projectId };
  });
