"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { renameTeam } from "@/lib/db/teams";
import { renameTeamSchema } from "@/lib/teams/schemas";

export const renameTeamAction = teamAction
  .metadata({ permission: "manage-team" })
  .inputSchema(renameTeamSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    await renameTeam({ teamId: member.team.id, name: parsedInput.name });
    revalidatePath("/settings/team");
    // The name also shows in the top bar's team switcher on every page.
    revalidatePath("/", "layout");
    return { name: parsedInput.name };
  });
