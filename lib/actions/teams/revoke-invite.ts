"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { revokeInvite } from "@/lib/db/invites";
import { revokeInviteSchema } from "@/lib/teams/schemas";

export const revokeInviteAction = teamAction
  .metadata({ permission: "manage-members" })
  .inputSchema(revokeInviteSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    // Scoped to the caller's team: another team's invite id is "Not found.", like a made-up one.
    await revokeInvite({ teamId: member.team.id, inviteId: parsedInput.inviteId });
    revalidatePath("/settings/team");
    return { inviteId: parsedInput.inviteId };
  });
