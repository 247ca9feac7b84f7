"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { requireOwnership } from "@/lib/auth/ownership";
import { findGenerationOwner } from "@/lib/db/deletions";
import { AppError } from "@/lib/errors";
import { isFinished } from "@/lib/generations/status";
import { deleteGeneration } from "@/lib/storage/deletions";

export const deleteGenerationAction = teamAction
  .metadata({ permission: "delete-own" })
  .inputSchema(z.object({ id: z.string().min(1).max(64) }))
  .action(async ({ parsedInput: { id }, ctx: { member } }) => {
    const scope = { teamId: member.team.id, id };
    const generation = await findGenerationOwner(scope);
    requireOwnership(member, generation);
    if (!isFinished(generation.status)) {
      throw new AppError("CONFLICT", "This generation is still running. Wait for it to finish before deleting it.");
    }
    await deleteGeneration(scope);
    revalidatePath("/gallery");
    return { id };
  });
