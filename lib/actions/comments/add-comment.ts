"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { addComment } from "@/lib/db/comments";
import { commentBodySchema, pinSchema } from "@/lib/views/review";

/** A comment on one of the team's images, a reply to one, or a comment pinned to a spot. */
export const addCommentAction = teamAction
  .metadata({ permission: "comment" })
  .inputSchema(
    z.object({
      imageId: z.string().min(1).max(64),
      body: commentBodySchema,
      parentId: z.string().min(1).max(64).nullish(),
      pin: pinSchema.nullish(),
    }),
  )
  .action(async ({ parsedInput, ctx: { member } }) => {
    const comment = await addComment({ teamId: member.team.id, authorId: member.user.id, ...parsedInput });
    return { id: comment.id };
  });
