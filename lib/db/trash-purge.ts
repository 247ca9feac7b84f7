// The purge's one question across teams: which trashed images are older than the keep time,
// and to which team each belongs. Like blob-references.ts it is maintenance, not a person's
// request: it takes no input from anyone and hands each team's ids back to deleteTrashedRows.
import "server-only";
import { prisma } from "./client";

export async function trashDueForPurge(opts: { before: Date; take: number }): Promise<{ teamId: string; ids: string[] }[]> {
  const rows = await prisma.image.findMany({
    where: { trashedAt: { lt: opts.before } },
    orderBy: { trashedAt: "asc" },
    take: opts.take,
    select: { id: true, generation: { select: { teamId: true } } },
  });
  const byTeam = new Map<string, string[]>();
  for (const r of rows) byTeam.set(r.generation.teamId, [...(byTeam.get(r.generation.teamId) ?? []), r.id]);
  return [...byTeam].map(([teamId, ids]) => ({ teamId, ids }));
}
