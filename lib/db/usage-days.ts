// The usage page's reads: the daily sums that triggers keep (UsageDay, migration
// 20261201030100_flat_usage) for a range, team-scoped, with userId that person's only, named
// as lib/db/usage.ts names them. The database sums them per day, person, model and provider,
// and per project only the ones that cost most (with how many there are): what comes back to
// JavaScript is the rows the page shows (a year's days, the team's people, a few models and
// providers, PROJECT_ROWS projects), never the range's combinations of them, so the page costs
// the same at any history and never holds the server's one thread for long (lib/db/client.ts).
// Sums come back as text: a range's pico-dollars pass 2^53, and PostgreSQL's SUM is numeric.
import "server-only";
import type { UsageRange, UsageSummary } from "@/lib/views/usage";
import { PROJECT_ROWS, summarizeGroups, type UsageGroup } from "@/lib/views/usage-days";
import { prisma } from "./client";
import { placeholders } from "./dialect";
import { DELETED_ACCOUNT, ENVIRONMENT, NO_PROJECT } from "./usage";

type Scope = { teamId: string; userId?: string; range: UsageRange };
type SumsRow = Record<"generations" | "unknownCosts" | "knownPicos" | "tokens" | "bothCount" | "bothEstimateMicros" | "bothActualPicos", string | null>;
type DimRow = SumsRow & { dim: "day" | "person" | "model" | "provider"; key: string };
type ProjectRow = SumsRow & { key: string; name: string | null; projects: string };

const COLUMNS = ["generations", "unknownCosts", "knownPicos", "tokens", "bothCount", "bothEstimateMicros", "bothActualPicos"];
const sums = (t: string) => COLUMNS.map((c) => `CAST(SUM(${t}"${c}") AS TEXT) AS "${c}"`).join(", ");
const DIMENSIONS = [["day", "day"], ["person", "userId"], ["model", "model"], ["provider", "providerId"]] as const;

/** The range's rows that count (a row all of whose work moved or went keeps zeros), team-scoped. */
function scope(s: Scope, t = ""): { where: string; args: string[] } {
  const person = s.userId ? ` AND ${t}"userId" = ?` : "";
  return { where: `${t}"teamId" = ? AND ${t}"day" >= ? AND ${t}"day" <= ? AND ${t}"generations" > 0${person}`, args: [s.teamId, s.range.from, s.range.to, ...(s.userId ? [s.userId] : [])] };
}

const group = (r: SumsRow, key: string): UsageGroup => ({
  key,
  generations: Number(r.generations ?? 0),
  unknownCosts: Number(r.unknownCosts ?? 0),
  knownPicos: BigInt(r.knownPicos ?? 0),
  tokens: BigInt(r.tokens ?? 0),
  bothCount: Number(r.bothCount ?? 0),
  bothEstimateMicros: BigInt(r.bothEstimateMicros ?? 0),
  bothActualPicos: BigInt(r.bothActualPicos ?? 0),
});

async function dimensions(s: Scope): Promise<DimRow[]> {
  const { where, args } = scope(s);
  const sql = DIMENSIONS.map(([dim, column]) => `SELECT '${dim}' AS "dim", "${column}" AS "key", ${sums("")} FROM "UsageDay" WHERE ${where} GROUP BY "${column}"`).join("\nUNION ALL\n");
  return prisma.$queryRawUnsafe<DimRow[]>(placeholders(sql), ...DIMENSIONS.flatMap(() => args));
}

/**
 * The projects that cost most, named, each row also carrying how many projects there are. Ties
 * go by name as summarize() sorts them (in the database's collation, which may differ from the
 * page's for names that differ in case or accents, tied in spend at the cut), then by id.
 */
async function topProjects(s: Scope, limit: number): Promise<ProjectRow[]> {
  const { where, args } = scope(s, "u.");
  const sql = `SELECT u."projectId" AS "key", p."name" AS "name", ${sums("u.")}, CAST(COUNT(*) OVER () AS TEXT) AS "projects"
    FROM "UsageDay" u LEFT JOIN "Project" p ON p."id" = u."projectId" AND p."teamId" = u."teamId" WHERE ${where}
    GROUP BY u."projectId", p."name" ORDER BY SUM(u."knownPicos") DESC, COALESCE(p."name", ?), u."projectId" LIMIT ?`;
  return prisma.$queryRawUnsafe<ProjectRow[]>(placeholders(sql), ...args, NO_PROJECT, limit);
}

export async function usageSummary(opts: Scope & { projects?: number }): Promise<UsageSummary> {
  const { teamId } = opts;
  const [dims, projects] = await Promise.all([dimensions(opts), topProjects(opts, opts.projects ?? PROJECT_ROWS)]);
  const of = (dim: DimRow["dim"]) => dims.filter((r) => r.dim === dim);
  const ids = (rows: DimRow[]) => rows.map((r) => r.key).filter((id) => id !== "");
  const [users, providers] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: ids(of("person")) } }, select: { id: true, name: true, email: true } }),
    prisma.provider.findMany({ where: { teamId, id: { in: ids(of("provider")) } }, select: { id: true, name: true } }),
  ]);
  const person = new Map(users.map((u) => [u.id, u.name || u.email]));
  const provider = new Map(providers.map((p) => [p.id, p.name]));
  return summarizeGroups({
    byDay: of("day").map((r) => group(r, r.key)),
    byPerson: of("person").map((r) => group(r, person.get(r.key) ?? DELETED_ACCOUNT)),
    byModel: of("model").map((r) => group(r, r.key)),
    byProvider: of("provider").map((r) => group(r, provider.get(r.key) ?? ENVIRONMENT)),
    topProjects: projects.map((r) => group(r, r.name ?? NO_PROJECT)),
    projectCount: Number(projects[0]?.projects ?? 0),
  });
}
