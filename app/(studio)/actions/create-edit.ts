"use server";

import { teamAction } from "@/lib/actions/safe-action";
import { getGeneration, type GenerationView } from "@/lib/db/queries";
import { editFormSchema } from "@/lib/edits/edit-form";
import { submitEdit } from "@/lib/edits/submit-edit";

// The FormData contract is documented in lib/edits/edit-form.ts (toEditFormData builds it).
export const createEditAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(editFormSchema)
  .action(async ({ parsedInput, ctx: { member } }) => {
    const teamId = member.team.id;
    const { batchId, ids } = await submitEdit({ teamId, userId: member.user.id }, parsedInput);
    const views = await Promise.all(ids.map((id) => getGeneration({ teamId, id })));
    return { batchId, generations: views.filter((g): g is GenerationView => g !== null) };
  });
