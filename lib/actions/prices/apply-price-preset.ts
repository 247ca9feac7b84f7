"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { addPriceRows } from "@/lib/db/price-tables";
import { PRICE_PRESETS } from "@/lib/images/price-presets";
import { applyPricePresetSchema, effectiveAt } from "@/lib/views/price-form";

/** Adds a published price list as the team's own rows from a date. */
export const applyPricePresetAction = teamAction
  .metadata({ permission: "manage-budgets" })
  .inputSchema(applyPricePresetSchema)
  .action(async ({ parsedInput: p, ctx: { member } }) => {
    const preset = PRICE_PRESETS.find((x) => x.id === p.preset)!;
    const added = await addPriceRows({
      teamId: member.team.id,
      createdById: member.user.id,
      takenAt: effectiveAt(p.effectiveFrom),
      rows: preset.rows.map((r) => ({ provider: preset.provider, model: r.model, rates: r.rates })),
    });
    revalidatePath("/settings/prices");
    return { added };
  });
