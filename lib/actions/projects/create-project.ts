"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { chooseProject, createProject } from "@/lib/db/projects";
import { projectNameSchema } from "@/lib/views/project";

/** A new project of the team; `choose` also makes it the studio's current project (the switcher's "New project"). */
export const createProjectAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ name: projectNameSchema, choose: z.boolean().default(false) }))
  .action(async ({ parsedInput: { name, choose }, ctx: { member } }) => {
    const scope = { teamId: member.team.id, userId: member.user.id };
    const project = await createProject({ ...scope, name });
    if (choose) await chooseProject({ ...scope, projectId: project.id });
    revalidatePath("/projects");
    return { project };
  });
