"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { imageSource } from "@/lib/db/picks";
import { getGeneration } from "@/lib/db/queries";
import { AppError } from "@/lib/errors";
import { submitGeneration } from "@/lib/submissions/submit";
import { MODEL_IDS, QUALITIES } from "@/lib/images/models";
import { generateParamsSchema } from "@/lib/images/schemas";

/**
 * Runs a finalist's request again with another model or quality (e.g. mini low → 1.5 high).
 * Any member who may generate may re-run a teammate's image: it makes new work of their own
 * (billed and owned by them) and leaves the original untouched, so the ownership rule does
 * not apply.
 */
export const rerunImageAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(
    z.object({ imageId: z.string().min(1).max(64), model: z.enum(MODEL_IDS), quality: z.enum(QUALITIES), idempotencyKey: z.uuid() }),
  )
  .action(async ({ parsedInput: { imageId, model, quality, idempotencyKey }, ctx: { member } }) => {
    const source = await imageSource({ teamId: member.team.id, imageId });
    if (source.generation.kind !== "generate") {
      throw new AppError("INVALID_INPUT", "Only generated images can be re-run this way; open an edit to run it again.");
    }
    const params = generateParamsSchema.parse({ ...(source.generation.params as object), model, quality, n: 1 });
    const who = { teamId: member.team.id, userId: member.user.id };
    const { id } = await submitGeneration(who, { params, idempotencyKey }, { parentImageId: imageId });
    return { generation: await getGeneration({ teamId: member.team.id, id }) };
  });
