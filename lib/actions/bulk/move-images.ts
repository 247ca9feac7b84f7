"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { canManage } from "@/lib/auth/ownership";
import { imagesForBulk, moveGenerationsTo } from "@/lib/db/bulk";
import { getProject } from "@/lib/db/projects";
import { bulkIdsSchema, describeOutcome, emptyOutcome } from "@/lib/views/bulk";
import { projectIdSchema } from "@/lib/views/project";

/**
 * Moves the selected images' generations (a project holds generations: an image moves with its
 * candidates) into a project of the team. The ownership rule of a single move applies per image.
 */
export const moveImagesAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ ids: bulkIdsSchema, projectId: projectIdSchema }))
  .action(async ({ parsedInput: { ids, projectId }, ctx: { member } }) => {
    const teamId = member.team.id;
    const project = await getProject({ teamId, projectId });
    const found = await imagesForBulk({ teamId, ids });
    const outcome = emptyOutcome();
    for (const id of ids) {
      const image = found.get(id);
      if (!image) outcome.notFound.push(id);
      else if (!canManage(member, image)) outcome.forbidden.push(id);
      else outcome.done.push(id);
    }
    const generationIds = [...new Set(outcome.done.map((id) => found.get(id)!.generationId))];
    if (generationIds.length) await moveGenerationsTo({ teamId, generationIds, projectId: project.id });
    revalidatePath("/projects", "layout");
    return { ...outcome, project: { id: project.id, name: project.name }, summary: describeOutcome(outcome, `moved to ${project.name}`) };
  });
