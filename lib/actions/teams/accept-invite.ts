"use server";

import { z } from "zod";
import { sessionAction } from "@/lib/actions/safe-action";
import { inviteTokenSchema } from "@/lib/auth/schemas";
import { acceptInvite } from "@/lib/db/invites";
import { setSessionTeam } from "@/lib/db/users";

export const acceptInviteAction = sessionAction
  .inputSchema(z.object({ token: inviteTokenSchema }))
  .action(async ({ parsedInput, ctx: { session } }) => {
    const { teamId } = await acceptInvite(parsedInput.token, session.user.id);
    await setSessionTeam(session.sessionId, teamId);
    return { teamId };
  });
