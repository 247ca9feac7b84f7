"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { deleteComment } from "@/lib/db/comments";
import { can } from "@/lib/permissions";

/** Its author deletes a comment; so may anyone allowed to delete any of the team's work. */
export const deleteCommentAction = teamAction
  .metadata({ permission: "comment" })
  .inputSchema(z.object({ commentId: z.string().min(1).max(64) }))
  .action(async ({ parsedInput, ctx: { member } }) =>
    deleteComment({ teamId: member.team.id, commentId: parsedInput.commentId, actorId: member.user.id, canDeleteAny: can(member.role, "delete-any") }),
  );
