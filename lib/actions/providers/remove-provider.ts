"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { removeProvider } from "@/lib/db/providers";
import { providerIdSchema } from "@/lib/views/providers";

/** Removes a provider; refused while work is queued or running on it (lib/db/providers.ts). */
export const removeProviderAction = teamAction
  .metadata({ permission: "manage-providers" })
  .inputSchema(z.object({ providerId: providerIdSchema }))
  .action(async ({ parsedInput: { providerId }, ctx: { member } }) => {
    await removeProvider({ teamId: member.team.id, providerId });
    revalidatePath("/settings/providers");
    return { removed: providerId };
  });
