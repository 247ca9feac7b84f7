"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { setTeamLimits } from "@/lib/db/team-limits";
import { toMicros } from "@/lib/images/micros";
import { setTeamLimitsSchema } from "@/lib/views/budget-form";

/** The team's monthly budget, per-request ceiling and rate limit, raised or lowered in place. */
export const setTeamLimitsAction = teamAction
  .metadata({ permission: "manage-budgets" })
  .inputSchema(setTeamLimitsSchema)
  .action(async ({ parsedInput: p, ctx: { member } }) => {
    await setTeamLimits({
      teamId: member.team.id,
      limits: {
        monthlyMicros: p.monthlyUsd === "" ? null : toMicros(p.monthlyUsd),
        requestCeilingMicros: p.requestCeilingUsd === "" ? null : toMicros(p.requestCeilingUsd),
        ratePerMinute: p.ratePerMinute === "" ? null : Number(p.ratePerMinute),
      },
    });
    revalidatePath("/settings/team");
    revalidatePath("/studio");
    return { saved: true };
  });
