"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { assignableRoles, ROLE_LABELS } from "@/lib/permissions";
import { changeRole, getMemberInTeam } from "@/lib/db/teams";
import { AppError } from "@/lib/errors";
import { changeRoleSchema } from "@/lib/teams/schemas";

export const changeRoleAction = teamAction
  .metadata({ permission: "manage-members" })
  .inputSchema(changeRoleSchema)
  .action(async ({ parsedInput: { membershipId, role }, ctx: { member } }) => {
    // Looked up within the caller's team first: another team's id is "Not found.".
    const target = await getMemberInTeam({ teamId: member.team.id, membershipId });
    if (target.role === "owner" && member.role !== "owner") {
      throw new AppError("FORBIDDEN", "Only an owner can change another owner's role.");
    }
    if (!assignableRoles(member.role).includes(role)) {
      throw new AppError("FORBIDDEN", `Only an owner can make someone ${ROLE_LABELS[role].label.toLowerCase()}.`);
    }
    // changeRole refuses (CONFLICT) to leave the team without an owner.
    await changeRole({ teamId: member.team.id, membershipId, role });
    revalidatePath("/settings/team");
    return { membershipId, role };
  });
