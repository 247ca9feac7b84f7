"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { requireOwnership } from "@/lib/auth/ownership";
import { findGenerationOwner } from "@/lib/db/deletions";
import { cancelQueued } from "@/lib/db/generations";
import { publish } from "@/lib/jobs/events";
import { cancelJob } from "@/lib/jobs/runner";
import { settleBudget } from "@/lib/jobs/settle-budget";

export const cancelGenerationAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(z.object({ id: z.string().min(1).max(64) }))
  .action(async ({ parsedInput: { id }, ctx: { member } }) => {
    requireOwnership(member, await findGenerationOwner({ teamId: member.team.id, id }));
    // A running job is aborted and records itself as canceled (its cost may be unknown);
    // a queued one never reached the provider.
    if ((await cancelJob(id)) !== "aborted" && (await cancelQueued(id))) {
      await settleBudget(id);
      publish({ generationId: id, teamId: member.team.id }, { type: "finished", status: "canceled" });
    }
    return { id };
  });
