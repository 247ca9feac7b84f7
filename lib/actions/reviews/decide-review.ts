"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { moveReview } from "@/lib/db/reviews";
import { REASON_REQUIRED } from "@/lib/views/review-states";
import { reasonSchema } from "@/lib/views/review";

const input = z
  .object({
    imageId: z.string().min(1).max(64),
    decision: z.enum(["approve", "reject", "reopen"], { error: "A decision is approve, reject or reopen." }),
    reason: reasonSchema.optional(),
  })
  .refine((d) => d.decision !== "reject" || Boolean(d.reason), { message: REASON_REQUIRED, path: ["reason"] });

/** Approves or rejects an image in review (a rejection says why), or reopens an approved one. */
export const decideReviewAction = teamAction
  .metadata({ permission: "decide" })
  .inputSchema(input)
  .action(async ({ parsedInput: { imageId, decision, reason }, ctx: { member } }) => {
    const asker = { userId: member.user.id, canSubmit: true, canDecide: true };
    const state = await moveReview({ teamId: member.team.id, imageId, asker, move: decision, reason });
    return { imageId, state };
  });
