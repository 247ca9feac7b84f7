"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { getGeneration } from "@/lib/db/queries";
import { generateParamsSchema } from "@/lib/images/schemas";
import { submitRefinement } from "@/lib/submissions/refine";

/** Re-prompt: this image's request with a new prompt (the panel's prompt rules), as its child. */
export const repromptImageAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ imageId: z.string().min(1).max(64), prompt: generateParamsSchema.shape.prompt, idempotencyKey: z.uuid() }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    const { id } = await submitRefinement({ teamId: member.team.id, userId: member.user.id }, parsedInput);
    return { generation: await getGeneration({ teamId: member.team.id, id }) };
  });
