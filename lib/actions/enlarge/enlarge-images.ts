"use server";

import { teamAction } from "@/lib/actions/safe-action";
import { getGenerations } from "@/lib/db/queries";
import { enlargeImages, enlargeSchema } from "@/lib/submissions/enlarge";

/**
 * Enlarges one image or a selection (issue 17): by the model, as edits through the submission
 * path with its caps and budgets, or locally with sharp, free. Like a re-run, any member who
 * may generate may enlarge a teammate's image: the enlargement is new work of their own.
 */
export const enlargeImagesAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(enlargeSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    const who = { teamId: member.team.id, userId: member.user.id };
    const { ids } = await enlargeImages(who, parsedInput);
    const views = await getGenerations({ teamId: who.teamId, ids });
    const order = new Map(ids.map((id, i) => [id, i]));
    return { generations: views.sort((a, b) => order.get(a.id)! - order.get(b.id)!) };
  });
