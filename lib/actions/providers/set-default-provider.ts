"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { setDefaultProvider } from "@/lib/db/providers";
import { providerIdSchema } from "@/lib/views/providers";

/** Makes a provider the team's default: new work goes to it. */
export const setDefaultProviderAction = teamAction
  .metadata({ permission: "manage-providers" })
  .inputSchema(z.object({ providerId: providerIdSchema }))
  .action(async ({ parsedInput: { providerId }, ctx: { member } }) => {
    await setDefaultProvider({ teamId: member.team.id, providerId });
    revalidatePath("/", "layout");
    return { defaultId: providerId };
  });
