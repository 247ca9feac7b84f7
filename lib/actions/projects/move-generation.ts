"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { requireOwnership } from "@/lib/auth/ownership";
import { findGenerationForMove, moveGeneration } from "@/lib/db/project-moves";
import { projectIdSchema } from "@/lib/views/project";

/**
 * Moves a generation (all its candidates) to another project of the team, and with
 * `withDescendants` everything made from it. Moving is changing someone's work: the
 * ownership rule of pick, cancel and delete applies to the generation moved.
 */
export const moveGenerationAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ generationId: z.string().min(1).max(64), projectId: projectIdSchema, withDescendants: z.boolean().default(false) }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    const teamId = member.team.id;
    requireOwnership(member, await findGenerationForMove({ teamId, generationId: parsedInput.generationId }));
    const result = await moveGeneration({ teamId, ...parsedInput });
    revalidatePath("/projects", "layout");
    revalidatePath(`/gallery/${parsedInput.generationId}`);
    return result;
  });
