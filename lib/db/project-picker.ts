// The project pickers' reads (studio switcher, gallery filter, "Move to project…"): a page sends
// only the team's few most recently used projects, and typing asks for more by name. Both are
// bounded by what the picker shows, never by how many projects or generations the team has.
// "updatedAt" is the project's last activity, kept by triggers on Generation (migration
// 20261201070000_project_recency) and read through "Project_teamId_updatedAt_idx".
import "server-only";
import type { CurrentProject } from "@/lib/views/project";
import { prisma } from "./client";
import { likeAnyCase, likePattern, placeholders } from "./dialect";

/** How many recent projects a page sends with itself. */
export const RECENT_PROJECTS = 10;
/** How many projects one search answers with. */
export const PROJECT_MATCHES = 20;

/** The team's projects by last activity, newest first: the newest `take` rows of the index. */
export async function recentProjects(opts: { teamId: string; take?: number }): Promise<CurrentProject[]> {
  return prisma.project.findMany({
    where: { teamId: opts.teamId },
    select: { id: true, name: true },
    orderBy: { updatedAt: "desc" },
    take: opts.take ?? RECENT_PROJECTS,
  });
}

/**
 * The team's projects whose name holds `query` (any case; `%` and `_` are plain characters),
 * most recently used first. The index is walked newest first and the walk stops at `take`
 * matches, so a search costs at most the team's projects, never its generations.
 */
export async function searchProjects(opts: { teamId: string; query: string; take?: number }): Promise<CurrentProject[]> {
  const query = opts.query.trim();
  if (!query) return recentProjects({ teamId: opts.teamId, take: opts.take ?? PROJECT_MATCHES });
  const sql = `SELECT "id", "name" FROM "Project" WHERE "teamId" = ? AND ${likeAnyCase(`"name"`)} ORDER BY "updatedAt" DESC LIMIT ?`;
  return prisma.$queryRawUnsafe<CurrentProject[]>(placeholders(sql), opts.teamId, likePattern(query), opts.take ?? PROJECT_MATCHES);
}
