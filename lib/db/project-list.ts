// The team's projects as cards: how much each holds, what it cost, when it last changed, and
// a cover image. A few grouped reads for the whole team, not one per project per figure.
import "server-only";
import { parseDecimal, roundTo, toDecimalString } from "@/lib/images/decimal";
import type { ProjectSummary } from "@/lib/views/project";
import { prisma } from "./client";

// A cost nobody knows: finished without usage, or stopped after the provider had it
// (the same rule as the month's spend, lib/db/queries.ts).
const unknownCost = {
  costUsd: null,
  OR: [{ status: "succeeded" }, { status: { in: ["interrupted", "canceled"] }, sentAt: { not: null } }],
};

export async function listProjects(opts: { teamId: string }): Promise<ProjectSummary[]> {
  const { teamId } = opts;
  const [projects, totals, unknown] = await Promise.all([
    prisma.project.findMany({
      where: { teamId },
      select: { id: true, name: true, createdById: true, defaultForId: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    prisma.generation.groupBy({
      by: ["projectId"],
      where: { teamId },
      _count: { _all: true },
      _sum: { costUsd: true },
      _max: { createdAt: true },
    }),
    prisma.generation.groupBy({ by: ["projectId"], where: { teamId, ...unknownCost }, _count: { _all: true } }),
  ]);
  const totalOf = new Map(totals.map((t) => [t.projectId, t]));
  const unknownOf = new Map(unknown.map((u) => [u.projectId, u._count._all]));
  const extras = await Promise.all(projects.map((p) => imagesOf(teamId, p.id)));

  const cards = projects.map((p, i): ProjectSummary => {
    const total = totalOf.get(p.id);
    const last = total?._max.createdAt ?? p.createdAt;
    return {
      id: p.id,
      name: p.name,
      createdById: p.createdById,
      defaultForId: p.defaultForId,
      generations: total?._count._all ?? 0,
      images: extras[i]!.count,
      costUsd: sumOf(total?._sum.costUsd?.toFixed() ?? "0"),
      unknownCosts: unknownOf.get(p.id) ?? 0,
      lastActivityAt: (last > p.createdAt ? last : p.createdAt).toISOString(),
      coverImageId: extras[i]!.coverId,
    };
  });
  // The most recently used first: that is the one a person is most likely looking for.
  return cards.sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));
}

async function imagesOf(teamId: string, projectId: string) {
  const inProject = { trashedAt: null, generation: { teamId, projectId } };
  const [count, cover] = await Promise.all([
    prisma.image.count({ where: inProject }),
    prisma.image.findFirst({
      where: { ...inProject, OR: [{ pick: null }, { pick: { not: "discarded" } }] },
      // A finalist first (the person's pick), then the newest.
      orderBy: [{ pick: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      select: { id: true },
    }),
  ]);
  return { count, coverId: cover?.id ?? null };
}

// SQLite sums decimals as floats; costs have about 8 places, so rounding to 10 removes the noise.
function sumOf(text: string): string {
  return toDecimalString(roundTo(parseDecimal(text), 10));
}
