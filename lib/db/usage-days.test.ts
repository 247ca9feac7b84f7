// /usage from daily sums kept as work is made: the summary equals the one built from every
// generation (lib/views/usage.ts summarize over lib/db/usage.ts rows) for the team and for one
// person, after work is made, finished, failed, held, renamed and deleted; past the page's top
// projects one row sums the rest; and reading it touches the sums only, never the generations,
// and hands back the rows the page shows, not the range's daily combinations.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { usageSummary } = await import("./usage-days");
const { usageRows } = await import("./usage");
const { summarize } = await import("@/lib/views/usage");
const { topBuckets } = await import("@/lib/views/usage-days");
const { join, makePerson, makeTeam } = await import("@/lib/testing/people");

const range = { from: "2026-11-01", to: "2026-11-30" };
let teamId = "";
let ownerId = "";
let memberId = "";
let otherTeamId = "";

const STATUSES = ["succeeded", "succeeded", "succeeded", "failed", "canceled", "interrupted", "queued", "running"] as const;

beforeAll(async () => {
  const owner = await makePerson("Uma");
  teamId = await makeTeam(owner, "Team U");
  ownerId = owner.user.id;
  const member = await makePerson("Ugo");
  await join(member, teamId, "member");
  memberId = member.user.id;
  otherTeamId = await makeTeam(await makePerson("Nia"), "Team N");
  const projects = [await prisma.project.create({ data: { teamId, name: "Barns" } }), await prisma.project.create({ data: { teamId, name: "Boats" } })];
  const provider = await prisma.provider.create({ data: { teamId, name: "Relay", preset: "custom", baseURL: "https://relay.example/v1", keyCiphertext: "v1.x", keyLast4: "abcd", models: [] } });
  for (let i = 0; i < 60; i++) {
    const status = STATUSES[i % STATUSES.length]!;
    const known = status === "succeeded" && i % 7 !== 0;
    const g = await prisma.generation.create({
      data: {
        teamId, createdById: i % 3 === 0 ? memberId : ownerId, projectId: i % 5 === 0 ? null : projects[i % 2]!.id, providerId: i % 4 === 0 ? provider.id : null,
        kind: "generate", model: i % 2 ? "gpt-image-1-mini" : "gpt-image-1", prompt: `p${i}`, params: {}, status,
        sentAt: i % 9 === 4 ? null : new Date("2026-11-02T00:00:00Z"), errorCode: status === "failed" && i % 2 ? "storage" : null,
        costUsd: known ? `0.0${i}3` : null, textTokensIn: known ? 10 + i : null, imageTokensOut: known ? 272 : null,
        createdAt: new Date(Date.UTC(2026, 9, 29 + (i % 8), i % 24)),
      },
    });
    if (i % 6 !== 5) await prisma.budgetReservation.create({ data: { generationId: g.id, teamId, userId: ownerId, month: "2026-11", micros: i % 10 === 0 ? 0n : BigInt(1000 * i) } });
  }
  await prisma.generation.create({ data: { teamId: otherTeamId, kind: "generate", model: "gpt-image-1", prompt: "theirs", params: {}, status: "succeeded", costUsd: "9", createdAt: new Date("2026-11-03T00:00:00Z") } });
});

async function expectSame() {
  expect(await usageSummary({ teamId, range })).toEqual(summarize(await usageRows({ teamId, range })));
  expect(await usageSummary({ teamId, userId: memberId, range })).toEqual(summarize(await usageRows({ teamId, userId: memberId, range })));
}

describe("usage from daily sums", () => {
  it("equals the summary over every generation, for the team and for one person", async () => {
    await expectSame();
    expect((await usageSummary({ teamId, range })).total.generations).toBeGreaterThan(10);
  });

  it("stays equal as work finishes, fails, loses its author or project, and is deleted", async () => {
    const running = await prisma.generation.findMany({ where: { teamId, status: { in: ["queued", "running"] } } });
    for (const [i, g] of running.entries()) {
      await prisma.generation.update({ where: { id: g.id }, data: i % 2 ? { status: "succeeded", costUsd: "0.25", imageTokensOut: 500 } : { status: "failed", errorCode: "storage" } });
    }
    await prisma.project.deleteMany({ where: { teamId, name: "Boats", generations: { none: {} } } });
    await prisma.generation.updateMany({ where: { teamId, prompt: { in: ["p1", "p2"] } }, data: { projectId: null } });
    await prisma.budgetReservation.deleteMany({ where: { teamId, generationId: { in: running.map((g) => g.id) } } });
    await prisma.generation.deleteMany({ where: { teamId, prompt: { in: ["p3", "p7", "p12"] } } });
    await prisma.user.update({ where: { id: memberId }, data: { name: "Ugo B." } });
    await expectSame();
  });

  it("lists the projects that cost most and one row for the rest, summed to the same figures", async () => {
    const full = summarize(await usageRows({ teamId, range }));
    expect(full.byProject.length).toBe(3);
    for (const projects of [1, 2]) {
      const s = await usageSummary({ teamId, range, projects });
      expect(s).toEqual({ ...full, byProject: topBuckets(full.byProject, projects) });
      expect(s.byProject.map((b) => b.key).at(-1)).toBe(projects === 1 ? "2 other projects" : "1 other project");
    }
    expect((await usageSummary({ teamId, range, projects: 3 })).byProject).toEqual(full.byProject);
  });

  it("sums pico-dollars past 2^53 exactly", async () => {
    const rich = await makeTeam(await makePerson("Rex"), "Team R");
    const data = { teamId: rich, kind: "generate", model: "gpt-image-1", prompt: "gold", params: {}, status: "succeeded", costUsd: "5000.000000000001", createdAt: new Date("2026-11-05T00:00:00Z") };
    await prisma.generation.createMany({ data: [data, data] });
    expect((await usageSummary({ teamId: rich, range })).total.usd).toBe("10000.000000000002");
  });

  it.skipIf(!sqlitePlans)("hands back the rows the page shows, each read a seek of the team's (or the person's) range", async () => {
    for (const userId of [undefined, memberId]) {
      probe.reset();
      const s = await usageSummary({ teamId, userId, range, projects: 1 });
      const reads = probe.queries.filter((q) => /UsageDay/.test(q.sql));
      expect(reads.length).toBeGreaterThan(0);
      const shown = s.byDay.length + s.byPerson.length + s.byModel.length + s.byProvider.length + 1;
      expect(reads.reduce((n, q) => n + q.rows, 0)).toBeLessThanOrEqual(shown);
      // The premise: the team's range holds more daily combinations than the page has rows.
      if (!userId) expect(await prisma.usageDay.count({ where: { teamId, day: { gte: range.from, lte: range.to } } })).toBeGreaterThan(shown);
      for (const read of reads) {
        const plan = (await probe.plan(read)).join("\n");
        expect(plan).toMatch(/SEARCH \w+ USING (COVERING )?INDEX UsageDay_\w+ \(teamId=\? AND (userId=\? AND )?day>\? AND day<\?\)/);
        expect(plan).not.toMatch(/SCAN (UsageDay|u)\b/);
      }
    }
  });

  it.skipIf(!sqlitePlans)("reads the sums of the range only: no generation is read", async () => {
    probe.reset();
    const s = await usageSummary({ teamId, range });
    const rows = probe.queries.reduce((n, q) => n + q.rows, 0);
    expect(probe.queries.some((q) => /"Generation"/.test(q.sql))).toBe(false);
    expect(rows).toBeLessThan(s.total.generations);
  });
});
