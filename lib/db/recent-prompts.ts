// The studio's recent prompts: a person's latest distinct prompts in a team. They are kept as
// work is made (RecentPrompt, one row per distinct prompt with when it was last used, kept by
// triggers on Generation: migration 20261201030000_flat_cost), so the studio reads the newest
// `take` rows of an index instead of de-duplicating the person's whole history.
import "server-only";
import { prisma } from "./client";

/** At most this many, whatever is asked: the read stays a bounded index range. */
const MAX_TAKE = 50;

/** This person's latest distinct prompts in this team, newest first. */
export async function recentPrompts(opts: { teamId: string; userId: string; take: number }): Promise<string[]> {
  const rows = await prisma.recentPrompt.findMany({
    where: { teamId: opts.teamId, userId: opts.userId },
    orderBy: [{ usedAt: "desc" }, { id: "desc" }],
    select: { prompt: true },
    take: Math.max(0, Math.min(opts.take, MAX_TAKE)),
  });
  return rows.map((r) => r.prompt);
}
