"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { restoreFromTrash } from "@/lib/db/trash";
import { bulkIdsSchema, describeOutcome } from "@/lib/views/bulk";
import { sortForTrash } from "./ownership";

/** Brings images back from the trash into the gallery (who may delete them may restore them). */
export const restoreImagesAction = teamAction
  .metadata({ permission: "delete-own" })
  .inputSchema(z.object({ ids: bulkIdsSchema }))
  .action(async ({ parsedInput: { ids }, ctx: { member } }) => {
    const { allowed, outcome } = await sortForTrash(member, ids, "out");
    if (allowed.length) await restoreFromTrash({ teamId: member.team.id, ids: allowed });
    outcome.done = allowed;
    revalidatePath("/gallery");
    return { ...outcome, summary: describeOutcome(outcome, "restored") };
  });
