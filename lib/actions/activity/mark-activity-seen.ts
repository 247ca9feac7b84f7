"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { markActivitySeen } from "@/lib/db/activity";

/**
 * The person has looked at the feed as it was at `upTo` (when the page was made): what
 * concerned them until then is no longer unread; anything newer still is.
 */
export const markActivitySeenAction = teamAction
  .metadata({ permission: "read" })
  .inputSchema(z.object({ upTo: z.iso.datetime({ error: "upTo is a moment, as an ISO date." }) }))
  .action(async ({ parsedInput, ctx: { member } }) => {
    const now = new Date();
    const upTo = new Date(parsedInput.upTo);
    await markActivitySeen({ teamId: member.team.id, userId: member.user.id, at: upTo < now ? upTo : now });
    return { seen: true };
  });
