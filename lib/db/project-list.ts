// The team's projects as cards, the most recently active first, a page at a time: each card's
// figures are one "ProjectStats" row that triggers keep as work is made (migration
// 20261201080000_project_stats), so a page reads PROJECTS_PAGE_SIZE rows found by a seek on
// (teamId, lastActivityAt, projectId), however many projects and generations the team has.
import "server-only";
import { toDecimalString } from "@/lib/images/decimal";
import { projectPageKeySchema, type ProjectPage, type ProjectPageKey, type ProjectSummary } from "@/lib/views/project";
import { prisma } from "./client";

export const PROJECTS_PAGE_SIZE = 24;

/** Costs are kept in pico-dollars, as the month's spend is (lib/db/month-spend.ts). */
const PICO_SCALE = 12;

/** The address's `?after=` as a page key; anything else is the first page. */
export function readProjectCursor(text: string | undefined): ProjectPageKey | undefined {
  if (!text) return undefined;
  try {
    const parsed = projectPageKeySchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const cursorOf = (key: ProjectPageKey) => Buffer.from(JSON.stringify(key)).toString("base64url");

/**
 * The page after `after` in (lastActivityAt DESC, projectId DESC) order. The condition is
 * lib/db/keyset.ts's: the OR alone leaves SQLite the team's whole prefix of the index to walk
 * down to the cursor; the extra `lastActivityAt <=` makes it a range the index starts at.
 */
export async function listProjects(opts: { teamId: string; after?: ProjectPageKey }): Promise<ProjectPage> {
  const { teamId, after } = opts;
  const rows = await prisma.projectStats.findMany({
    where: {
      teamId,
      ...(after && {
        lastActivityAt: { lte: new Date(after.at) },
        OR: [{ lastActivityAt: { lt: new Date(after.at) } }, { projectId: { lt: after.id } }],
      }),
    },
    orderBy: [{ lastActivityAt: "desc" }, { projectId: "desc" }],
    take: PROJECTS_PAGE_SIZE + 1,
    include: { project: { select: { name: true, createdById: true, defaultForId: true } } },
  });
  const items = rows.slice(0, PROJECTS_PAGE_SIZE).map(
    (s): ProjectSummary => ({
      id: s.projectId,
      name: s.project.name,
      createdById: s.project.createdById,
      defaultForId: s.project.defaultForId,
      generations: Math.max(0, s.generations),
      images: Math.max(0, s.images),
      costUsd: toDecimalString({ units: s.knownPicos > 0n ? s.knownPicos : 0n, scale: PICO_SCALE }),
      unknownCosts: Math.max(0, s.unknownCosts),
      lastActivityAt: s.lastActivityAt.toISOString(),
      coverImageId: s.coverImageId,
    }),
  );
  const last = items.at(-1);
  return { items, next: rows.length > PROJECTS_PAGE_SIZE && last ? cursorOf({ at: last.lastActivityAt, id: last.id }) : null };
}
