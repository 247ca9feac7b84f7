// Vary and Re-prompt: an image's own request asked again (the same prompt, or a new one), as
// one new image whose parent is that image, through the same submission path and caps.
import "server-only";
import { imageSource } from "@/lib/db/picks";
import { AppError } from "@/lib/errors";
import { generateParamsSchema } from "@/lib/images/schemas";
import { submitGeneration } from "./submit";

export async function submitRefinement(
  who: { teamId: string; userId: string },
  input: { imageId: string; idempotencyKey: string; prompt?: string },
): Promise<{ id: string }> {
  const source = await imageSource({ teamId: who.teamId, imageId: input.imageId });
  // An edit's inputs are kept as its own rows, not as a form submitEdit could take again.
  if (source.generation.kind !== "generate") {
    throw new AppError("INVALID_INPUT", "Only generated images can be run again this way: open it in the editor to run it again.");
  }
  const stored = source.generation.params as Record<string, unknown>;
  // One image: a refinement is of one picture, and it costs what one more of it costs.
  const params = generateParamsSchema.safeParse({ ...stored, n: 1, ...(input.prompt === undefined ? {} : { prompt: input.prompt }) });
  if (!params.success) throw new AppError("INVALID_INPUT", "This image's request can no longer be read, so it cannot be run again.");
  return submitGeneration(who, { params: params.data, idempotencyKey: input.idempotencyKey }, { parentImageId: input.imageId });
}
