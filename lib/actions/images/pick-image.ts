"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { requireOwnership } from "@/lib/auth/ownership";
import { findImageAuthor, setPick } from "@/lib/db/picks";

/** Marks a candidate as a finalist, discards it (kept in history, hidden from the grid), or clears the mark. */
export const pickImageAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ imageId: z.string().min(1).max(64), pick: z.enum(["finalist", "discarded"]).nullable() }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    requireOwnership(member, await findImageAuthor({ teamId: member.team.id, imageId: parsedInput.imageId }));
    await setPick({ teamId: member.team.id, ...parsedInput });
    return parsedInput;
  });
