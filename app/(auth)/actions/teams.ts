"use server";

// Choosing a team: create one, join one by invitation, switch between one's teams.
import { z } from "zod";
import { sessionAction } from "@/lib/actions/safe-action";
import { inviteTokenSchema, teamNameSchema } from "@/lib/auth/schemas";
import { acceptInvite } from "@/lib/db/invites";
import { createTeamWithOwner, findMembership, NOT_FOUND } from "@/lib/db/teams";
import { setSessionTeam } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

export const createTeamAction = sessionAction
  .inputSchema(z.object({ name: teamNameSchema }))
  .action(async ({ parsedInput, ctx: { session } }) => {
    const teamId = await createTeamWithOwner(session.user.id, parsedInput.name);
    await setSessionTeam(session.sessionId, teamId);
    return { teamId };
  });

export const acceptInviteAction = sessionAction
  .inputSchema(z.object({ token: inviteTokenSchema }))
  .action(async ({ parsedInput, ctx: { session } }) => {
    const { teamId } = await acceptInvite(parsedInput.token, session.user.id);
    await setSessionTeam(session.sessionId, teamId);
    return { teamId };
  });

export const switchTeamAction = sessionAction
  .inputSchema(z.object({ teamId: z.string().min(1).max(64) }))
  .action(async ({ parsedInput, ctx: { session } }) => {
    // A team one is not in is answered exactly like a team that does not exist.
    if (!(await findMembership(session.user.id, parsedInput.teamId))) throw new AppError("NOT_FOUND", NOT_FOUND);
    await setSessionTeam(session.sessionId, parsedInput.teamId);
    return { teamId: parsedInput.teamId };
  });
