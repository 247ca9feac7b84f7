// The project pickers' reads: the team's most recently used few, and a name search, each read
// without listing the team's projects or its history.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { recentProjects, searchProjects } = await import("./project-picker");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let otherTeamId = "";
let userId = "";
const ids = new Map<string, string>();
const hour = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 3_600_000);

async function work(projectName: string, at: number) {
  await prisma.generation.create({
    data: { teamId, createdById: userId, projectId: ids.get(projectName)!, kind: "generate", model: "gpt-image-1-mini", prompt: "p", params: {}, status: "succeeded", createdAt: hour(at) },
  });
}

beforeAll(async () => {
  const moe = await makePerson("Moe");
  teamId = await makeTeam(moe, "Team M");
  userId = moe.user.id;
  otherTeamId = await makeTeam(await makePerson("Nia"), "Team N");
  // Sixty projects made long ago, a few with names a search must take literally.
  const names = [...Array.from({ length: 56 }, (_, i) => `Board ${i}`), "Harbour 100%", "Harbour_night", "harbour at dusk", "Lighthouse"];
  for (const [i, name] of names.entries()) {
    const row = await prisma.project.create({ data: { teamId, name, createdAt: hour(-1000 + i), updatedAt: hour(-1000 + i) } });
    ids.set(name, row.id);
  }
  await prisma.project.create({ data: { teamId: otherTeamId, name: "Harbour of team N", updatedAt: hour(5000) } });
  // Work made later in three old projects: they are the recently used ones now.
  await work("Board 3", 10);
  await work("Board 7", 20);
  await work("Board 1", 30);
});

describe("recent projects", () => {
  it("are the team's projects with the newest work first, a few of them", async () => {
    const recent = await recentProjects({ teamId, take: 4 });
    expect(recent.map((p) => p.name)).toEqual(["Board 1", "Board 7", "Board 3", "Lighthouse"]);
    expect(await recentProjects({ teamId: "cmissing000000000000000000" })).toEqual([]);
  });

  it("follow work moved into a project, and never go back for older work", async () => {
    const [generation] = await prisma.generation.findMany({ where: { teamId, projectId: ids.get("Board 3") }, take: 1 });
    await prisma.generation.update({ where: { id: generation!.id }, data: { projectId: ids.get("Board 20")! } });
    expect((await recentProjects({ teamId, take: 1 }))[0]!.name).toBe("Board 20");
    await work("Board 7", -5000);
    expect((await recentProjects({ teamId, take: 1 }))[0]!.name).toBe("Board 20");
  });

  it.skipIf(!sqlitePlans)("are one query of at most `take` rows, from the index, without a sort", async () => {
    probe.reset();
    await recentProjects({ teamId, take: 5 });
    expect(probe.queries).toHaveLength(1);
    expect(probe.queries[0]!.rows).toBe(5);
    expect(probe.queries[0]!.sql).toMatch(/LIMIT/);
    const plan = (await probe.plan(probe.queries[0]!)).join("\n");
    expect(plan).toMatch(/SEARCH .*Project_teamId_updatedAt_idx/);
    expect(plan).not.toMatch(/SCAN|TEMP B-TREE/);
  });
});

describe("searching projects by name", () => {
  it("finds the team's projects holding the words in any case, most recently used first", async () => {
    expect((await searchProjects({ teamId, query: "HARBOUR" })).map((p) => p.name)).toEqual(["harbour at dusk", "Harbour_night", "Harbour 100%"]);
    expect((await searchProjects({ teamId, query: "  light " })).map((p) => p.name)).toEqual(["Lighthouse"]);
  });

  it("takes % and _ as the characters they are", async () => {
    expect((await searchProjects({ teamId, query: "%" })).map((p) => p.name)).toEqual(["Harbour 100%"]);
    expect((await searchProjects({ teamId, query: "r_n" })).map((p) => p.name)).toEqual(["Harbour_night"]);
  });

  it("answers at most `take`, and an empty query with the recent ones", async () => {
    expect(await searchProjects({ teamId, query: "board", take: 20 })).toHaveLength(20);
    expect(await searchProjects({ teamId, query: "", take: 3 })).toEqual(await recentProjects({ teamId, take: 3 }));
  });

  it("never finds another team's project", async () => {
    expect(await searchProjects({ teamId, query: "team N" })).toEqual([]);
    expect((await searchProjects({ teamId: otherTeamId, query: "harbour" })).map((p) => p.name)).toEqual(["Harbour of team N"]);
  });

  it.skipIf(!sqlitePlans)("walks the team's index newest first and stops at `take` matches", async () => {
    probe.reset();
    await searchProjects({ teamId, query: "board", take: 20 });
    expect(probe.queries).toHaveLength(1);
    expect(probe.queries[0]!.rows).toBe(20);
    expect(probe.queries[0]!.sql).toMatch(/LIMIT/);
    const plan = (await probe.plan(probe.queries[0]!)).join("\n");
    expect(plan).toMatch(/SEARCH .*Project_teamId_updatedAt_idx/);
    expect(plan).not.toMatch(/SCAN|TEMP B-TREE/);
  });
});
