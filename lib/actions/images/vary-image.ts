"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { getGeneration } from "@/lib/db/queries";
import { submitRefinement } from "@/lib/submissions/refine";

/**
 * Vary: the same request again, for one more image, as a child of this one. Like a re-run, any
 * member who may generate may vary a teammate's image: the new work is theirs.
 */
export const varyImageAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ imageId: z.string().min(1).max(64), idempotencyKey: z.uuid() }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    const { id } = await submitRefinement({ teamId: member.team.id, userId: member.user.id }, parsedInput);
    return { generation: await getGeneration({ teamId: member.team.id, id }) };
  });
