// A generation's lineage for its detail page: the image it was made from and the generations
// made from its images (re-runs and edits). Team-scoped at every step: another team's
// generations never appear, even when they point at this team's image.
import "server-only";
import { readStoredRequest } from "@/lib/generations/request";
import { howMade, type Lineage, type LineageChild } from "@/lib/views/lineage";
import { prisma } from "./client";
import type { GenerationView } from "./queries";

const requestedQuality = (params: Record<string, unknown>) => (typeof params.quality === "string" ? params.quality : null);

/** For a generation the caller read for this team (getGeneration); its parent is already in it. */
export async function getLineage(opts: { teamId: string; generation: Pick<GenerationView, "kind" | "images" | "parent" | "model" | "prompt" | "params"> }): Promise<Lineage> {
  const { generation } = opts;
  const indexOf = new Map(generation.images.map((img) => [img.id, img.index]));
  const rows = await prisma.generation.findMany({
    where: { teamId: opts.teamId, parentImageId: { in: [...indexOf.keys()] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      kind: true,
      model: true,
      prompt: true,
      params: true,
      options: true,
      resolvedQuality: true,
      resolvedSize: true,
      parentImageId: true,
      images: { orderBy: { index: "asc" }, take: 1, select: { id: true } },
    },
  });
  const children = rows.map((row): LineageChild => {
    const { kind, params, options } = readStoredRequest(row);
    const quality = requestedQuality(params);
    const parent = { kind: generation.kind, model: generation.model, prompt: generation.prompt, quality: requestedQuality(generation.params) };
    return {
      generationId: row.id,
      imageId: row.images[0]?.id ?? null,
      parentIndex: indexOf.get(row.parentImageId!) ?? 0,
      kind,
      prompt: row.prompt,
      how: howMade({ kind, model: row.model, prompt: row.prompt, quality, parent, enlarge: options?.enlarge, size: row.resolvedSize }, row.resolvedQuality ?? quality),
    };
  });
  return { parent: generation.parent, children };
}
