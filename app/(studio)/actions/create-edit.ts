"use server";

import { teamAction } from "@/lib/actions/safe-action";
import { editFormSchema } from "@/lib/edits/edit-form";
import { queueEdit } from "@/lib/edits/queue-edit";

// The browser posts edits to /api/edits, which counts the upload as it streams; this action
// takes the same FormData within the small server-action body limit (edits of stored images).
export const createEditAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(editFormSchema)
  .action(async ({ parsedInput, ctx: { member } }) => queueEdit({ teamId: member.team.id, userId: member.user.id }, parsedInput));
