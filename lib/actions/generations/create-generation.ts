"use server";

import { teamAction } from "@/lib/actions/safe-action";
import { getGeneration } from "@/lib/db/queries";
import { saveLastParams } from "@/lib/db/users";
import { submitGeneration, submitGenerationSchema } from "@/lib/submissions/submit";

export const createGenerationAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(submitGenerationSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    const { id } = await submitGeneration({ teamId: member.team.id, userId: member.user.id }, parsedInput);
    await saveLastParams(member.user.id, parsedInput.params);
    return { generation: await getGeneration({ teamId: member.team.id, id }) };
  });
