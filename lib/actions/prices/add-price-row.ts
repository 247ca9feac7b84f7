"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { addPriceRows } from "@/lib/db/price-tables";
import { addPriceRowSchema, effectiveAt } from "@/lib/views/price-form";

/** A new dated row for one provider and model; earlier rows stay, and so do the costs priced with them. */
export const addPriceRowAction = teamAction
  .metadata({ permission: "manage-budgets" })
  .inputSchema(addPriceRowSchema)
  .action(async ({ parsedInput: p, ctx: { member } }) => {
    await addPriceRows({
      teamId: member.team.id,
      createdById: member.user.id,
      takenAt: effectiveAt(p.effectiveFrom),
      rows: [{ provider: p.provider, model: p.model, rates: p.rates }],
    });
    revalidatePath("/settings/prices");
    return { added: 1 };
  });
