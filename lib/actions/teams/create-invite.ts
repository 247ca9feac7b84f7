"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { assignableRoles } from "@/lib/permissions";
import { createInvite } from "@/lib/db/invites";
import { AppError } from "@/lib/errors";
import { inviteUrl } from "@/lib/teams/invite-link";
import { createInviteSchema } from "@/lib/teams/schemas";
import { sendInviteEmail, type InviteEmailStatus } from "@/lib/teams/send-invite-email";

export const createInviteAction = teamAction
  .metadata({ permission: "manage-members" })
  .inputSchema(createInviteSchema)
  .action(async ({ parsedInput: { role, email }, ctx: { member } }) => {
    if (!assignableRoles(member.role).includes(role)) {
      throw new AppError("FORBIDDEN", "Only an owner can invite someone as an owner. Choose another role, or ask an owner.");
    }
    const invite = await createInvite({ teamId: member.team.id, role, invitedById: member.user.id, email });
    let emailStatus: InviteEmailStatus | null = null;
    if (email) {
      emailStatus = await sendInviteEmail({
        to: email,
        url: await inviteUrl(invite.token),
        teamName: member.team.name,
        inviterName: member.user.name ?? member.user.email,
        role,
      });
    }
    revalidatePath("/settings/team");
    // The token is returned once, here; only its hash is stored.
    return { token: invite.token, expiresAt: invite.expiresAt, email: email ?? null, emailStatus };
  });
