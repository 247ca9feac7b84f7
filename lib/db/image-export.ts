// What a zip download says about each image: one team-scoped read of the selected live images
// with their generation, author, project and review (no bytes: those stream from the blob store).
import "server-only";
import { prisma } from "./client";

export async function imagesForExport(opts: { teamId: string; ids: string[] }) {
  const rows = await prisma.image.findMany({
    where: { id: { in: opts.ids }, trashedAt: null, generation: { teamId: opts.teamId } },
    select: {
      id: true, index: true, format: true, width: true, height: true, bytes: true, sha256: true, storageKey: true, createdAt: true,
      reviewState: true, reviewReason: true, reviewDecidedAt: true,
      generation: {
        select: {
          id: true, kind: true, model: true, prompt: true, params: true, options: true, status: true, createdAt: true, costUsd: true,
          textTokensIn: true, imageTokensIn: true, imageTokensOut: true, textTokensOut: true, totalTokens: true,
          createdBy: { select: { name: true, email: true } },
          project: { select: { id: true, name: true } },
        },
      },
    },
  });
  // In the order the person selected them.
  const at = new Map(opts.ids.map((id, i) => [id, i]));
  return rows.sort((x, y) => at.get(x.id)! - at.get(y.id)!);
}

export type ExportRow = Awaited<ReturnType<typeof imagesForExport>>[number];
