"use server";

import { revalidatePath } from "next/cache";
import { teamAction } from "@/lib/actions/safe-action";
import { encryptKey } from "@/lib/auth/provider-keys";
import { createProvider } from "@/lib/db/providers";
import { lastFour } from "@/lib/provider/key-seal";
import { addProviderSchema } from "@/lib/views/providers";

/** Adds a provider for the team (owners and admins); the key is sealed before it is stored. */
export const addProviderAction = teamAction
  .metadata({ permission: "manage-providers" })
  .inputSchema(addProviderSchema)
  .action(async ({ parsedInput: { key, ...input }, ctx: { member } }) => {
    const provider = await createProvider({ teamId: member.team.id, ...input, keyCiphertext: encryptKey(key), keyLast4: lastFour(key) });
    revalidatePath("/settings/providers");
    return { provider };
  });
