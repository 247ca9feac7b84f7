// The files of a zip download: readable names, and the JSON that travels beside each image.
// Pure, so the names and the sidecar's shape are the same wherever they are made.

export interface ExportImage {
  id: string;
  index: number;
  format: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  createdAt: Date;
  reviewState: string;
  reviewReason: string | null;
  reviewDecidedAt: Date | null;
  generation: {
    id: string;
    kind: string;
    model: string;
    prompt: string;
    params: unknown;
    options: unknown;
    createdAt: Date;
    costUsd: { toString(): string } | null;
    textTokensIn: number | null;
    imageTokensIn: number | null;
    imageTokensOut: number | null;
    textTokensOut: number | null;
    totalTokens: number | null;
    createdBy: { name: string | null; email: string } | null;
    project: { id: string; name: string } | null;
  };
}

/** "003 a red fox in the snow (x7k2p9)": its place, the prompt's first words, and a bit of its id. */
export function exportStem(image: ExportImage, position: number): string {
  const words = image.generation.prompt.normalize("NFKC").replace(/[^\p{L}\p{N} _-]+/gu, " ").replace(/\s+/g, " ").trim().slice(0, 60).trim();
  return `${String(position + 1).padStart(3, "0")} ${words || "image"} (${image.id.slice(-6)})`;
}

export function sidecarOf(image: ExportImage, file: string) {
  const g = image.generation;
  return {
    file,
    imageId: image.id,
    generationId: g.id,
    candidate: image.index,
    kind: g.kind,
    prompt: g.prompt,
    parameters: g.params,
    options: g.options ?? null,
    model: g.model,
    usage: { textTokensIn: g.textTokensIn, imageTokensIn: g.imageTokensIn, imageTokensOut: g.imageTokensOut, textTokensOut: g.textTokensOut, totalTokens: g.totalTokens },
    costUsd: g.costUsd === null ? null : g.costUsd.toString(),
    created: image.createdAt.toISOString(),
    author: g.createdBy ? (g.createdBy.name ?? g.createdBy.email) : null,
    project: g.project,
    review: { state: image.reviewState, reason: image.reviewReason, decidedAt: image.reviewDecidedAt?.toISOString() ?? null },
    image: { format: image.format, width: image.width, height: image.height, bytes: image.bytes, sha256: image.sha256 },
  };
}
