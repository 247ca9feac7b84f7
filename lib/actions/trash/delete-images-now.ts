"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { deleteFromTrash } from "@/lib/storage/trash";
import { bulkIdsSchema, describeOutcome } from "@/lib/views/bulk";
import { sortForTrash } from "./ownership";

/** "Delete now" in the trash: the rows go, then the files nothing else uses. Only trashed images. */
export const deleteImagesNowAction = teamAction
  .metadata({ permission: "delete-own" })
  .inputSchema(z.object({ ids: bulkIdsSchema }))
  .action(async ({ parsedInput: { ids }, ctx: { member } }) => {
    const { allowed, outcome } = await sortForTrash(member, ids, "out");
    if (allowed.length) await deleteFromTrash({ teamId: member.team.id, ids: allowed });
    outcome.done = allowed;
    revalidatePath("/gallery/trash");
    return { ...outcome, summary: describeOutcome(outcome, "deleted for good") };
  });
