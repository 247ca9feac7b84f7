"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { editComment } from "@/lib/db/comments";
import { commentBodySchema } from "@/lib/views/review";

/** Its author rewrites a comment; people it newly mentions are told. */
export const editCommentAction = teamAction
  .metadata({ permission: "comment" })
  .inputSchema(z.object({ commentId: z.string().min(1).max(64), body: commentBodySchema }))
  .action(async ({ parsedInput, ctx: { member } }) => editComment({ teamId: member.team.id, actorId: member.user.id, ...parsedInput }));
