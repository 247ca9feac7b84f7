"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { decryptKey } from "@/lib/auth/provider-keys";
import { providerForRun } from "@/lib/db/providers";
import { testConnection } from "@/lib/provider/test-connection";
import { providerIdSchema, type ConnectionReport } from "@/lib/views/providers";

/** "Test connection": GET /models with the stored key; reports what it found, never the key. */
export const testProviderAction = teamAction
  .metadata({ permission: "manage-providers" })
  .inputSchema(z.object({ providerId: providerIdSchema }))
  .action(async ({ parsedInput: { providerId }, ctx: { member } }): Promise<{ report: ConnectionReport }> => {
    const provider = await providerForRun({ teamId: member.team.id, providerId });
    return { report: await testConnection({ baseURL: provider.baseURL, apiKey: decryptKey(provider.keyCiphertext) }) };
  });
