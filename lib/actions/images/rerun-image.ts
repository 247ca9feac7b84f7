"use server";

import { z } from "zod";
import { teamAction } from "@/lib/actions/safe-action";
import { imageSource } from "@/lib/db/picks";
import { getGeneration } from "@/lib/db/queries";
import { AppError } from "@/lib/errors";
import { submitGeneration } from "@/lib/submissions/submit";
import { getModel, MODEL_IDS, QUALITIES } from "@/lib/images/models";
import { rerunParams } from "@/lib/images/rerun-params";

const generatingModel = z
  .enum(MODEL_IDS)
  .refine((id) => getModel(id).endpoints.includes("generate"), "This model only edits images: choose another to re-run on.");

/**
 * Runs a finalist's request again with another model or quality (e.g. mini low → 1.5 high).
 * Any member who may generate may re-run a teammate's image: it makes new work of their own
 * (billed and owned by them) and leaves the original untouched, so the ownership rule does
 * not apply.
 */
export const rerunImageAction = teamAction
  .metadata({ permission: "generate" })
  .inputSchema(
    z.object({ imageId: z.string().min(1).max(64), model: generatingModel, quality: z.enum(QUALITIES), idempotencyKey: z.uuid() }),
  )
  .action(async ({ parsedInput: { imageId, model, quality, idempotencyKey }, ctx: { member } }) => {
    const source = await imageSource({ teamId: member.team.id, imageId });
    if (source.generation.kind !== "generate") {
      throw new AppError("INVALID_INPUT", "Only generated images can be re-run this way; open an edit to run it again.");
    }
    const params = rerunParams(source.generation.params, model, quality);
    if (!params.success) throw new AppError("INVALID_INPUT", "This image's request can no longer be read, so it cannot be re-run.");
    const who = { teamId: member.team.id, userId: member.user.id };
    const { id } = await submitGeneration(who, { params: params.data, idempotencyKey }, { parentImageId: imageId });
    return { generation: await getGeneration({ teamId: member.team.id, id }) };
  });
