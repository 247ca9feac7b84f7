"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { teamAction } from "@/lib/actions/safe-action";
import { AppError } from "@/lib/errors";
import { deleteTeamAndFiles } from "@/lib/storage/deletions";
import { deleteTeamSchema } from "@/lib/teams/schemas";

export const deleteTeamAction = teamAction
  .metadata({ permission: "delete-team" })
  .inputSchema(deleteTeamSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    // The typed name guards against a stale tab or a replayed request deleting the wrong team.
    if (parsedInput.confirmName.trim() !== member.team.name.trim()) {
      throw new AppError("INVALID_INPUT", `Type the team's name, ${member.team.name}, exactly to confirm.`);
    }
    // Rows go first; files go after, only those no row of any team points at (blobs are
    // shared by content across teams).
    await deleteTeamAndFiles({ teamId: member.team.id });
    revalidatePath("/", "layout");
    redirect("/studio");
  });
