"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { favouriteMany } from "@/lib/db/bulk";
import { bulkIdsSchema, describeOutcome } from "@/lib/views/bulk";

/** Stars or unstars the selected images for the person asking (favourites are per person). */
export const favouriteImagesAction = teamAction
  .metadata({ permission: "read" })
  .inputSchema(z.object({ ids: bulkIdsSchema, favourite: z.boolean() }))
  .action(async ({ parsedInput: { ids, favourite }, ctx: { member } }) => {
    const outcome = await favouriteMany({ teamId: member.team.id, userId: member.user.id, ids, favourite });
    return { ...outcome, summary: describeOutcome(outcome, favourite ? "starred" : "unstarred") };
  });
