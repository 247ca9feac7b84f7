"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { MAX_BULK } from "@/lib/edits/edit-form";
import { enlargeTargetSchema, ENLARGE_MODELS } from "@/lib/images/enlarge-size";
import { estimateEnlarge } from "@/lib/submissions/enlarge-estimate";

/** Both ways' sizes and estimates before the click, for one image or a selection; records nothing. */
export const estimateEnlargementAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(
    z.object({
      imageIds: z.array(z.string().min(1).max(64)).min(1).max(MAX_BULK, `Enlarge at most ${MAX_BULK} images in one step.`),
      target: enlargeTargetSchema,
      model: z.enum(ENLARGE_MODELS as [string, ...string[]]).transform((m) => m as (typeof ENLARGE_MODELS)[number]),
      quality: z.enum(["low", "medium", "high"]).default("high"),
    }),
  )
  .action(async ({ parsedInput, ctx: { member } }) => ({ estimate: await estimateEnlarge(member.team.id, parsedInput) }));
