// The enlarge menu's estimate, worked out as the submission will be: each image's target size,
// each way's limit, and by the model the sum of the estimates the caps and budgets will hold
// (the team's provider and its prices). Nothing is recorded.
import "server-only";
import { findEnlargeSources } from "@/lib/db/local-steps";
import { AppError } from "@/lib/errors";
import { formatSize } from "@/lib/images/custom-size";
import { enlargedSize, enlargeProblem, enlargePrompt, highestFidelity, sizeLabel, type EnlargeTarget } from "@/lib/images/enlarge-size";
import { MODELS, type ModelId } from "@/lib/images/models";
import { editParamsSchema } from "@/lib/images/schemas";
import { providerProblems } from "@/lib/provider/limits";
import type { EnlargeEstimate } from "@/lib/views/enlarge";
import { priceProviderOf } from "./budget";
import { estimateRequestUsd } from "./limits";
import { chooseProvider } from "./provider-choice";

export async function estimateEnlarge(
  teamId: string,
  input: { imageIds: string[]; target: EnlargeTarget; model: ModelId; quality: "low" | "medium" | "high" },
): Promise<EnlargeEstimate> {
  const ids = [...new Set(input.imageIds)];
  const found = await findEnlargeSources({ teamId, ids });
  const images = ids.map((id) => {
    const image = found.get(id);
    if (!image) throw new AppError("NOT_FOUND", "Not found.");
    return { ...image, size: enlargedSize(image, input.target) };
  });
  const first = (problem: (i: (typeof images)[number]) => string | null) => {
    for (const [n, image] of images.entries()) {
      const p = problem(image);
      if (p) return images.length > 1 ? `Image ${n + 1} of ${images.length}: ${p}` : p;
    }
    return null;
  };
  const way = { method: "model", model: input.model } as const;
  let modelProblem = first((i) => enlargeProblem(i, i.size, way));
  const provider = await chooseProvider(teamId);
  const planned = modelProblem
    ? []
    : images.map((i) => ({
        params: editParamsSchema.parse({ model: input.model, prompt: enlargePrompt(i.size), size: formatSize(i.size), quality: input.quality, n: 1, output_format: i.format, input_fidelity: highestFidelity(input.model) }),
        inputImageSizes: [i],
        priceProvider: priceProviderOf(provider),
      }));
  modelProblem ??= planned.map((p) => providerProblems(p.params, provider)[0]?.message).find(Boolean) ?? null;
  return {
    items: images.map((i) => ({ imageId: i.id, from: sizeLabel(i), to: sizeLabel(i.size) })),
    model: { label: MODELS[input.model].label, usd: modelProblem ? null : await estimateRequestUsd(planned, teamId), problem: modelProblem },
    local: { usd: "0", problem: first((i) => enlargeProblem(i, i.size, { method: "local" })) },
  };
}
