"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { encryptKey } from "@/lib/auth/provider-keys";
import { updateProvider } from "@/lib/db/providers";
import { lastFour } from "@/lib/provider/key-seal";
import { updateProviderSchema } from "@/lib/views/providers";

/** Changes a provider's name, address, models, or (when one is given) its key. */
export const updateProviderAction = teamAction
  .metadata({ permission: "manage-providers" })
  .inputSchema(updateProviderSchema)
  .action(async ({ parsedInput: { providerId, key, ...input }, ctx: { member } }) => {
    const sealed = key ? { keyCiphertext: encryptKey(key), keyLast4: lastFour(key) } : undefined;
    const provider = await updateProvider({ teamId: member.team.id, providerId, ...input, key: sealed });
    revalidatePath("/settings/providers");
    return { provider };
  });
