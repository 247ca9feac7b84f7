"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { finalistsOf } from "@/lib/db/local-steps";
import { getGenerations } from "@/lib/db/queries";
import { AppError } from "@/lib/errors";
import { enlargeImages, enlargeSchema } from "@/lib/submissions/enlarge";

/** Enlarges every finalist of one submission in one step (the same way and size for all). */
export const enlargeFinalistsAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(enlargeSchema.omit({ imageIds: true }).extend({ generationId: z.string().min(1).max(64) }))
  .action(async ({ parsedInput: { generationId, ...rest }, ctx: { member } }) => {
    const who = { teamId: member.team.id, userId: member.user.id };
    const imageIds = await finalistsOf({ teamId: who.teamId, generationId });
    if (!imageIds) throw new AppError("NOT_FOUND", "Not found.");
    if (imageIds.length === 0) throw new AppError("NOT_FOUND", "This submission has no finalists to enlarge: mark one with the star first.");
    const { ids } = await enlargeImages(who, { ...rest, imageIds });
    const views = await getGenerations({ teamId: who.teamId, ids });
    const order = new Map(ids.map((id, i) => [id, i]));
    return { generations: views.sort((a, b) => order.get(a.id)! - order.get(b.id)!) };
  });
