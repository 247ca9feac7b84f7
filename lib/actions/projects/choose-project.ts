"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { chooseProject } from "@/lib/db/projects";
import { projectIdSchema } from "@/lib/views/project";

/** Makes a project of the team the studio's current one, for this person only. */
export const chooseProjectAction = teamAction
  .metadata({ permission: "read" })
  .inputSchema(z.object({ projectId: projectIdSchema }))
  .action(async ({ parsedInput: { projectId }, ctx: { member } }) => {
    const project = await chooseProject({ teamId: member.team.id, userId: member.user.id, projectId });
    return { project };
  });
