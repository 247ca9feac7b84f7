// /projects from figures kept as work is made (ProjectStats, migration 20261201080000): after a
// mix of what people do — work made, settled, failed, moved between projects, images trashed,
// restored, picked, discarded and deleted, generations deleted — every card equals the one
// computed from scratch over every generation and image; the pages walk every project once,
// the most recently active first; the migration's backfill computes the same; and a page is a seek on the stats' index (SQLite's plan).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { listProjects, readProjectCursor, PROJECTS_PAGE_SIZE } = await import("./project-list");
const { add, parseDecimal, toDecimalString } = await import("@/lib/images/decimal");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let otherTeamId = "";
let userId = "";
const projects: string[] = [];
let clock = Date.UTC(2026, 10, 1);
const tick = () => new Date((clock += 60_000));

async function generation(projectId: string | null, opts: { status?: string; cost?: string | null; sent?: boolean; images?: number } = {}) {
  const at = tick();
  const n = opts.images ?? 2;
  return prisma.generation.create({
    data: {
      teamId, createdById: userId, projectId, kind: "generate", model: "gpt-image-1", prompt: "a barn", params: {}, status: opts.status ?? "succeeded",
      costUsd: opts.cost === undefined ? "0.0123" : opts.cost, sentAt: opts.sent === false ? null : at, createdAt: at,
      images: { create: Array.from({ length: n }, (_, index) => ({ index, format: "png", width: 8, height: 8, bytes: 1, sha256: "s", storageKey: `k${at.getTime()}-${index}`, thumbnailKey: "t", createdAt: tick() })) },
    },
    include: { images: true },
  });
}

/** Every card of the team as the old list computed it: from every generation and image. */
async function fromScratch() {
  const rows = await prisma.project.findMany({ where: { teamId }, include: { generations: { include: { images: true } } } });
  return rows
    .map((p) => {
      const images = p.generations.flatMap((g) => g.images).filter((i) => i.trashedAt === null);
      const cover = images
        .filter((i) => i.pick !== "discarded")
        .sort((a, b) => Number(b.pick === "finalist") - Number(a.pick === "finalist") || b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1))[0];
      const last = Math.max(p.createdAt.getTime(), ...p.generations.map((g) => g.createdAt.getTime()));
      const unknown = p.generations.filter((g) => g.costUsd === null && (g.status === "succeeded" || (["interrupted", "canceled"].includes(g.status) && g.sentAt !== null)));
      const cost = p.generations.reduce((sum, g) => (g.costUsd === null ? sum : add(sum, parseDecimal(g.costUsd.toFixed()))), parseDecimal("0"));
      return {
        id: p.id, name: p.name, createdById: p.createdById, defaultForId: p.defaultForId, generations: p.generations.length, images: images.length,
        costUsd: toDecimalString(cost), unknownCosts: unknown.length, lastActivityAt: new Date(last).toISOString(), coverImageId: cover?.id ?? null,
      };
    })
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt) || (b.id < a.id ? -1 : 1));
}

/** Every page of /projects, following each page's next address. */
async function allPages() {
  const cards = [];
  let after: string | null | undefined;
  do {
    const page = await listProjects({ teamId, after: readProjectCursor(after ?? undefined) });
    expect(page.items.length).toBeLessThanOrEqual(PROJECTS_PAGE_SIZE);
    cards.push(...page.items);
    after = page.next;
  } while (after);
  return cards;
}

beforeAll(async () => {
  const owner = await makePerson("Pia");
  teamId = await makeTeam(owner, "Team P");
  userId = owner.user.id;
  otherTeamId = await makeTeam(await makePerson("Oli"), "Team O");
  for (let i = 0; i < 30; i++) projects.push((await prisma.project.create({ data: { teamId, name: `Board ${i}`, createdAt: tick() } })).id);
  await prisma.project.create({ data: { teamId: otherTeamId, name: "Theirs", createdAt: tick() } });
});

describe("the projects' kept figures", () => {
  it("equal a from-scratch computation after work is made, settled, moved, trashed, picked and deleted", async () => {
    const [a, b, c] = [projects[3]!, projects[7]!, projects[11]!];
    const made = [
      await generation(a), await generation(a, { cost: null }), await generation(a, { status: "running", cost: null, images: 0 }),
      await generation(b, { status: "canceled", cost: null, images: 0 }), await generation(b, { status: "interrupted", cost: null, sent: false, images: 0 }),
      await generation(b, { cost: "0.25" }), await generation(c, { images: 3 }), await generation(null),
    ];
    expect(await allPages()).toEqual(await fromScratch());

    // The running one settles with a cost, another is found to have none; one moves to another project and back.
    await prisma.generation.update({ where: { id: made[2]!.id }, data: { status: "succeeded", costUsd: "0.04" } });
    await prisma.generation.update({ where: { id: made[0]!.id }, data: { costUsd: null } });
    await prisma.generation.updateMany({ where: { id: { in: [made[5]!.id, made[6]!.id] } }, data: { projectId: a } });
    await prisma.generation.update({ where: { id: made[7]!.id }, data: { projectId: c } });
    await prisma.generation.update({ where: { id: made[6]!.id }, data: { projectId: c } });
    expect(await allPages()).toEqual(await fromScratch());

    // Picks and the trash: a finalist becomes the cover, the cover trashed, restored, discarded, deleted.
    const [first, second] = made[1]!.images;
    await prisma.image.update({ where: { id: first!.id }, data: { pick: "finalist" } });
    expect((await allPages()).find((p) => p.id === a)?.coverImageId).toBe(first!.id);
    await prisma.image.update({ where: { id: first!.id }, data: { trashedAt: tick() } });
    expect(await allPages()).toEqual(await fromScratch());
    await prisma.image.update({ where: { id: first!.id }, data: { trashedAt: null } });
    await prisma.image.update({ where: { id: second!.id }, data: { pick: "discarded" } });
    await prisma.image.updateMany({ where: { generationId: made[6]!.id }, data: { trashedAt: tick() } });
    expect(await allPages()).toEqual(await fromScratch());
    await prisma.image.delete({ where: { id: first!.id } });
    await prisma.image.deleteMany({ where: { generationId: made[6]!.id } });
    expect(await allPages()).toEqual(await fromScratch());

    // Deleting generations (their images go by cascade), newest first: the last activity goes back too.
    await prisma.generation.delete({ where: { id: made[5]!.id } });
    await prisma.generation.deleteMany({ where: { id: { in: [made[3]!.id, made[4]!.id] } } });
    expect(await allPages()).toEqual(await fromScratch());
    const figures = (await allPages()).find((p) => p.id === a);
    expect(figures).toMatchObject({ generations: 3, images: 3, costUsd: "0.04", unknownCosts: 2 });

    // The cover's own generation deleted, and a whole project's work at once (as deleting a team does).
    await prisma.generation.delete({ where: { id: made[0]!.id } });
    await prisma.generation.deleteMany({ where: { projectId: c } });
    expect(await allPages()).toEqual(await fromScratch());
    expect((await allPages()).find((p) => p.id === c)).toMatchObject({ generations: 0, images: 0, coverImageId: null });
  });

  it("walks every project once, the most recently active first, another team's never", async () => {
    const cards = await allPages();
    expect(cards.map((c) => c.id).sort()).toEqual([...projects].sort());
    expect(cards.map((c) => c.lastActivityAt)).toEqual([...cards.map((c) => c.lastActivityAt)].sort().reverse());
    expect(readProjectCursor("not a cursor")).toBeUndefined();
  });

  it("a project past $9,007 (2^53 pico-dollars) shows its cost exactly", async () => {
    const big = await prisma.project.create({ data: { teamId, name: "Billboards", createdById: userId, createdAt: tick() } });
    projects.push(big.id);
    await generation(big.id, { cost: "6000.000000000001" });
    await generation(big.id, { cost: "4000.5" });
    const card = (await allPages()).find((c) => c.id === big.id);
    expect(card?.costUsd).toBe("10000.500000000001");
  });

  it("are what the migration's backfill computes from the same rows", async () => {
    const folder = sqlitePlans ? "prisma/migrations" : "prisma/postgresql/migrations";
    const text = readFileSync(path.resolve(folder, "20261201080000_project_stats", "migration.sql"), "utf8");
    const backfill = text.match(/INSERT INTO "ProjectStats"[\s\S]*?FROM "Project" p;/)![0];
    const kept = await prisma.projectStats.findMany({ orderBy: { projectId: "asc" } });
    await prisma.$transaction([prisma.projectStats.deleteMany({}), prisma.$executeRawUnsafe(backfill.replace(/;$/, ""))]);
    expect(await prisma.projectStats.findMany({ orderBy: { projectId: "asc" } })).toEqual(kept);
    expect(kept.length).toBe(projects.length + 1);
  });

  it.skipIf(!sqlitePlans)("reads a page by seeking the stats' index, not the team's generations", async () => {
    const first = await listProjects({ teamId });
    probe.reset();
    await listProjects({ teamId, after: readProjectCursor(first.next!) });
    const page = probe.queries.find((q) => q.sql.includes("FROM `main`.`ProjectStats`"))!;
    expect(probe.queries.some((q) => /`(Generation|Image)`/.test(q.sql))).toBe(false);
    const plan = (await probe.plan(page)).join("\n");
    expect(plan).toMatch(/SEARCH .*ProjectStats.* USING INDEX ProjectStats_teamId_lastActivityAt_projectId_idx \(teamId=\? AND lastActivityAt</);
    expect(plan).not.toMatch(/TEMP B-TREE|SCAN/);
    expect(page.rows).toBe(Math.min(PROJECTS_PAGE_SIZE + 1, projects.length - PROJECTS_PAGE_SIZE));
  });
});
