"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { teamAction } from "@/lib/actions/safe-action";
import { deleteTeam, unreferencedKeys } from "@/lib/db/teams";
import { AppError } from "@/lib/errors";
import { deleteBlob } from "@/lib/storage/blob-store";
import { deleteTeamSchema } from "../schemas";

export const deleteTeamAction = teamAction
  .metadata({ permission: "delete-team" })
  .inputSchema(deleteTeamSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    // The typed name guards against a stale tab or a replayed request deleting the wrong team.
    if (parsedInput.confirmName.trim() !== member.team.name.trim()) {
      throw new AppError("INVALID_INPUT", `Type the team's name, ${member.team.name}, exactly to confirm.`);
    }
    // Rows go first (generations and images cascade); files go after, and only those no other
    // team's image shares, since the blob store deduplicates identical bytes across teams.
    const keys = await deleteTeam({ teamId: member.team.id });
    const orphans = await unreferencedKeys(keys);
    const results = await Promise.allSettled(orphans.map((key) => deleteBlob(key)));
    const failed = results.filter((r) => r.status === "rejected");
    // A file left behind only wastes space; the team is gone either way.
    if (failed.length > 0) console.error(`[delete-team] ${failed.length} of ${orphans.length} files were not deleted`, failed[0]);
    revalidatePath("/", "layout");
    redirect("/studio");
  });
