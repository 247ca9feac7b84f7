"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { setPersonBudget } from "@/lib/db/team-limits";
import { toMicros } from "@/lib/images/micros";
import { setPersonBudgetSchema } from "@/lib/views/budget-form";

/** A member's own monthly budget in the team; blank removes it. Another team's person is "Not found." */
export const setPersonBudgetAction = teamAction
  .metadata({ permission: "manage-budgets" })
  .inputSchema(setPersonBudgetSchema)
  .action(async ({ parsedInput: p, ctx: { member } }) => {
    await setPersonBudget({ teamId: member.team.id, userId: p.userId, monthlyMicros: p.monthlyUsd === "" ? null : toMicros(p.monthlyUsd) });
    revalidatePath("/settings/team");
    revalidatePath("/studio");
    return { userId: p.userId };
  });
