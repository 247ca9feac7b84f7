"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { moveToTrash } from "@/lib/db/trash";
import { bulkIdsSchema, describeOutcome } from "@/lib/views/bulk";
import { sortForTrash } from "./ownership";

/** Deletes images to the trash (kept 30 days, restorable): own work, or anyone's with delete-any. */
export const trashImagesAction = teamAction
  .metadata({ permission: "delete-own" })
  .inputSchema(z.object({ ids: bulkIdsSchema }))
  .action(async ({ parsedInput: { ids }, ctx: { member } }) => {
    const { allowed, outcome } = await sortForTrash(member, ids, "in");
    if (allowed.length) await moveToTrash({ teamId: member.team.id, ids: allowed, byId: member.user.id });
    outcome.done = allowed;
    revalidatePath("/gallery");
    return { ...outcome, summary: describeOutcome(outcome, "moved to the trash") };
  });
