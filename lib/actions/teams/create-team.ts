"use server";

import { z } from "zod";
import { sessionAction } from "@/lib/actions/safe-action";
import { teamNameSchema } from "@/lib/auth/schemas";
import { createTeamWithOwner } from "@/lib/db/teams";
import { setSessionTeam } from "@/lib/db/users";

export const createTeamAction = sessionAction
  .inputSchema(z.object({ name: teamNameSchema }))
  .action(async ({ parsedInput, ctx: { session } }) => {
    const teamId = await createTeamWithOwner(session.user.id, parsedInput.name);
    await setSessionTeam(session.sessionId, teamId);
    return { teamId };
  });
