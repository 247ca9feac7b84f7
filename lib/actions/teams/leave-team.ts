"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { teamAction } from "@/lib/actions/safe-action";
import { removeMembership } from "@/lib/db/teams";
import { leaveTeamSchema } from "@/lib/teams/schemas";

export const leaveTeamAction = teamAction
  .metadata({ permission: "read" })
  .inputSchema(leaveTeamSchema)
  .action(async ({ ctx: { member } }) => {
    // Only ever the caller's own membership; refused (CONFLICT) for the last owner.
    await removeMembership({ teamId: member.team.id, membershipId: member.membershipId });
    // Every page showed this team; the studio then resolves another team of theirs, or /welcome.
    revalidatePath("/", "layout");
    redirect("/studio");
  });
