// Deep pages seek: the activity feed and the studio's list of generations, paged by cursor,
// give exactly the rows an OFFSET would at every depth (rows of one instant included), and the
// database starts each page at the cursor instead of walking down from the newest row.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { listActivity } = await import("./activity");
const { listGenerations } = await import("./queries");
const { galleryPage } = await import("./gallery");
const { refreshStatistics } = await import("./statistics");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let otherTeamId = "";
let userId = "";
const ROWS = 230;
// Runs of up to four rows share an instant, so the id decides within it.
const at = (i: number) => new Date(Date.UTC(2026, 10, 1) + Math.floor(i / 4) * 60_000);

beforeAll(async () => {
  const moe = await makePerson("Moe");
  teamId = await makeTeam(moe, "Team M");
  userId = moe.user.id;
  otherTeamId = await makeTeam(await makePerson("Nia"), "Team N");
  for (const team of [teamId, otherTeamId]) {
    await prisma.activity.createMany({ data: Array.from({ length: ROWS }, (_, i) => ({ teamId: team, kind: "generated", actorId: userId, createdAt: at(i) })) });
    await prisma.generation.createMany({
      data: Array.from({ length: ROWS }, (_, i) => ({ teamId: team, createdById: userId, kind: "generate", model: "gpt-image-1-mini", prompt: `p${i}`, params: {}, status: "succeeded", createdAt: at(i) })),
    });
  }
});

const viewer = () => ({ teamId, userId, canDecide: true, forMe: false });

describe("keyset pages", () => {
  it("the activity feed by cursor equals the offset page at every depth", async () => {
    const take = 17;
    let before: { at: Date; id: string } | undefined;
    for (let page = 0; page * take < ROWS; page++) {
      const { items, next } = await listActivity({ ...viewer(), before, take });
      const offset = await prisma.activity.findMany({ where: { teamId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page * take, take, select: { id: true } });
      expect(items.map((i) => i.id)).toEqual(offset.map((r) => r.id));
      if (!next) break;
      const [iso, id] = next.split("_");
      before = { at: new Date(iso!), id: id! };
    }
  });

  it("the studio's generations by cursor equal the offset page at every depth", async () => {
    const take = 19;
    let cursor: string | undefined;
    for (let page = 0; page * take < ROWS; page++) {
      const rows = await listGenerations({ teamId, take, cursor });
      const offset = await prisma.generation.findMany({ where: { teamId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page * take, take, select: { id: true } });
      expect(rows.map((r) => r.id)).toEqual(offset.map((r) => r.id));
      cursor = rows.at(-1)?.id;
    }
    // Another team's id is no place to start from.
    const theirs = await prisma.generation.findFirstOrThrow({ where: { teamId: otherTeamId } });
    expect(await listGenerations({ teamId, take, cursor: theirs.id })).toEqual([]);
  });

  it.skipIf(!sqlitePlans)("a deep page starts at the cursor: the index range is bounded by createdAt", async () => {
    const deep = await prisma.activity.findMany({ where: { teamId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: ROWS - 10, take: 1 });
    probe.reset();
    await listActivity({ ...viewer(), before: { at: deep[0]!.createdAt, id: deep[0]!.id }, take: 5 });
    const feed = probe.queries.find((q) => /FROM [`"]?(main[`"]?\.)?[`"]?Activity[`"]?/.test(q.sql) && /LIMIT/.test(q.sql));
    expect(feed?.rows).toBeLessThanOrEqual(6);
    const plan = (await probe.plan(feed!)).join("\n");
    expect(plan).toMatch(/SEARCH .*Activity.* USING INDEX .*\(teamId=\? AND createdAt<\?\)/);

    const gen = await prisma.generation.findMany({ where: { teamId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: ROWS - 10, take: 1 });
    probe.reset();
    await listGenerations({ teamId, take: 5, cursor: gen[0]!.id });
    const page = probe.queries.find((q) => /FROM [`"]?(main[`"]?\.)?[`"]?Generation[`"]? /.test(q.sql) && /LIMIT/.test(q.sql) && /ORDER BY/.test(q.sql));
    expect(page?.rows).toBeLessThanOrEqual(5);
    expect((await probe.plan(page!)).join("\n")).toMatch(/SEARCH .*Generation.* USING INDEX .*\(teamId=\? AND createdAt<\?\)/);
  });

  it.skipIf(!sqlitePlans)("the gallery's first page is the same seek as a deep one: it starts at the edge of time", async () => {
    const gens = await prisma.generation.findMany({ where: { teamId }, select: { id: true, createdAt: true } });
    const file = { format: "png", width: 8, height: 8, bytes: 1, sha256: "x", storageKey: "k", thumbnailKey: "00/00/t.webp" };
    await prisma.image.createMany({ data: gens.map((g) => ({ generationId: g.id, index: 0, createdAt: g.createdAt, ...file })) });
    await refreshStatistics();
    for (const sort of [undefined, "oldest"] as const) {
      probe.reset();
      const page = await galleryPage({ teamId, userId, filters: sort ? { sort } : {}, limit: 10 });
      expect(page.items).toHaveLength(10);
      const inner = probe.queries.find((q) => /"pageId"/.test(q.sql))!;
      expect((await probe.plan(inner)).join("\n")).toMatch(/SEARCH i USING INDEX Image_createdAt_id_idx \(\(createdAt,id\)[<>]\(\?,\?\)\)/);
    }
  });
});
