"use server";

import { actionClient } from "@/lib/actions/safe-action";
import { submitGeneration, submitGenerationSchema } from "@/lib/generations/submit";
import { getGeneration } from "@/lib/db/queries";

export const createGenerationAction = actionClient
  .inputSchema(submitGenerationSchema)
  .action(async ({ parsedInput }) => {
    const { id } = await submitGeneration(parsedInput);
    return { generation: await getGeneration(id) };
  });
