"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { decideMany } from "@/lib/db/bulk";
import { bulkIdsSchema, describeOutcome } from "@/lib/views/bulk";
import { reasonSchema } from "@/lib/views/review";
import { REASON_REQUIRED } from "@/lib/views/review-states";

const input = z
  .object({ ids: bulkIdsSchema, decision: z.enum(["approve", "reject"], { error: "A decision is approve or reject." }), reason: reasonSchema.optional() })
  .refine((d) => d.decision !== "reject" || Boolean(d.reason), { message: REASON_REQUIRED, path: ["reason"] });

/** Approves or rejects (with one reason) the selected images that are in review; owners and admins. */
export const decideImagesAction = teamAction
  .metadata({ permission: "decide" })
  .inputSchema(input)
  .action(async ({ parsedInput: { ids, decision, reason }, ctx: { member } }) => {
    const outcome = await decideMany({ teamId: member.team.id, userId: member.user.id, ids, move: decision, reason });
    revalidatePath("/gallery");
    return { ...outcome, summary: describeOutcome(outcome, decision === "approve" ? "approved" : "rejected") };
  });
