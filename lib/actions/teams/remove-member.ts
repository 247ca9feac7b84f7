"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { getMemberInTeam, removeMembership } from "@/lib/db/teams";
import { AppError } from "@/lib/errors";
import { removeMemberSchema } from "@/lib/teams/schemas";

export const removeMemberAction = teamAction
  .metadata({ permission: "manage-members" })
  .inputSchema(removeMemberSchema)
  .action(async ({ parsedInput: { membershipId }, ctx: { member } }) => {
    // Looked up within the caller's team first: another team's id is "Not found.".
    const target = await getMemberInTeam({ teamId: member.team.id, membershipId });
    if (target.id === member.membershipId) {
      throw new AppError("INVALID_INPUT", "To remove yourself, use Leave team at the bottom of this page.");
    }
    if (target.role === "owner" && member.role !== "owner") {
      throw new AppError("FORBIDDEN", "Only an owner can remove another owner.");
    }
    // removeMembership refuses (CONFLICT) to remove the last owner.
    await removeMembership({ teamId: member.team.id, membershipId });
    revalidatePath("/settings/team");
    return { membershipId };
  });
