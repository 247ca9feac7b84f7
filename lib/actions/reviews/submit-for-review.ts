"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { moveReview } from "@/lib/db/reviews";
import { can } from "@/lib/permissions";

/** Submits an image for review (or again, after a rejection): its author, an admin or an owner. */
export const submitForReviewAction = teamAction
  .metadata({ permission: "review" })
  .inputSchema(z.object({ imageId: z.string().min(1).max(64) }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    const asker = { userId: member.user.id, canSubmit: true, canDecide: can(member.role, "decide") };
    const state = await moveReview({ teamId: member.team.id, imageId: parsedInput.imageId, asker, move: "submit" });
    return { imageId: parsedInput.imageId, state };
  });
