"use server";

import { z } from "zod";
import { sessionAction } from "@/lib/actions/safe-action";
import { findMembership, NOT_FOUND } from "@/lib/db/teams";
import { setSessionTeam } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

export const switchTeamAction = sessionAction
  .inputSchema(z.object({ teamId: z.string().min(1).max(64) }))
  .action(async ({ parsedInput, ctx: { session } }) => {
    // A team one is not in is answered exactly like a team that does not exist.
    if (!(await findMembership(session.user.id, parsedInput.teamId))) throw new AppError("NOT_FOUND", NOT_FOUND);
    await setSessionTeam(session.sessionId, parsedInput.teamId);
    return { teamId: parsedInput.teamId };
  });
