// The usage page's reads: the daily sums that triggers keep (UsageDay, migration
// 20261201030100_flat_usage) for a range, team-scoped, with userId that person's only, named
// as lib/db/usage.ts names them. A month reads about days × (people, models, providers,
// projects in use) rows, never the month's generations, so the page costs the same at any
// history (and never holds the server's one thread for long: lib/db/client.ts).
import "server-only";
import type { UsageRange, UsageSummary } from "@/lib/views/usage";
import { summarizeDays, type UsageDayRow } from "@/lib/views/usage-days";
import { prisma } from "./client";
import { DELETED_ACCOUNT, ENVIRONMENT, NO_PROJECT } from "./usage";

export async function usageSummary(opts: { teamId: string; userId?: string; range: UsageRange }): Promise<UsageSummary> {
  const { teamId } = opts;
  const rows = await prisma.usageDay.findMany({
    where: { teamId, day: { gte: opts.range.from, lte: opts.range.to }, ...(opts.userId ? { userId: opts.userId } : {}) },
  });
  const ids = (key: "userId" | "providerId" | "projectId") => [...new Set(rows.map((r) => r[key]).filter((id) => id !== ""))];
  const [users, providers, projects] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: ids("userId") } }, select: { id: true, name: true, email: true } }),
    prisma.provider.findMany({ where: { teamId, id: { in: ids("providerId") } }, select: { id: true, name: true } }),
    prisma.project.findMany({ where: { teamId, id: { in: ids("projectId") } }, select: { id: true, name: true } }),
  ]);
  const person = new Map(users.map((u) => [u.id, u.name || u.email]));
  const provider = new Map(providers.map((p) => [p.id, p.name]));
  const project = new Map(projects.map((p) => [p.id, p.name]));
  return summarizeDays(
    rows.map(
      (r): UsageDayRow => ({
        ...r,
        person: person.get(r.userId) ?? DELETED_ACCOUNT,
        provider: provider.get(r.providerId) ?? ENVIRONMENT,
        project: project.get(r.projectId) ?? NO_PROJECT,
      }),
    ),
  );
}
