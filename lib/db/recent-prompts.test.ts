// The studio's recent prompts: the latest distinct ones, read without reading the history.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { recentPrompts } = await import("./recent-prompts");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let otherTeamId = "";
let userId = "";
let otherUserId = "";
const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 3_600_000);

async function make(team: string, user: string, prompts: string[], from: number) {
  await prisma.generation.createMany({
    data: prompts.map((prompt, i) => ({ teamId: team, createdById: user, kind: "generate", model: "gpt-image-1-mini", prompt, params: {}, status: "succeeded", createdAt: day(from + i) })),
  });
}

beforeAll(async () => {
  const moe = await makePerson("Moe");
  teamId = await makeTeam(moe, "Team M");
  userId = moe.user.id;
  const nia = await makePerson("Nia");
  otherTeamId = await makeTeam(nia, "Team N");
  otherUserId = nia.user.id;
  // A long history: 400 runs of the same two prompts, then a few others, some repeated.
  await make(teamId, userId, Array.from({ length: 400 }, (_, i) => (i % 2 ? "a harbour at dusk" : "a fox in snow")), 0);
  await make(teamId, userId, ["copper teapot", "paper boat", "copper teapot", "glass kite", "a fox in snow"], 400);
  // Someone else's, and the same person's in another team: never theirs here.
  await make(teamId, otherUserId, ["not mine"], 500);
});

describe("recent prompts", () => {
  it("are the person's latest distinct prompts in this team, newest first", async () => {
    expect(await recentPrompts({ teamId, userId, take: 8 })).toEqual(["a fox in snow", "glass kite", "copper teapot", "paper boat", "a harbour at dusk"]);
    expect(await recentPrompts({ teamId, userId, take: 2 })).toEqual(["a fox in snow", "glass kite"]);
    expect(await recentPrompts({ teamId: otherTeamId, userId, take: 8 })).toEqual([]);
  });

  it.skipIf(!sqlitePlans)("are read without reading the history: one query, at most `take` rows, from an index range", async () => {
    probe.reset();
    await recentPrompts({ teamId, userId, take: 3 });
    expect(probe.queries).toHaveLength(1);
    const [query] = probe.queries;
    expect(query!.rows).toBeLessThanOrEqual(3);
    expect(query!.sql).toMatch(/LIMIT/);
    const plan = await probe.plan(query!);
    expect(plan.join("\n")).toMatch(/SEARCH .* USING (COVERING )?INDEX/);
    expect(plan.join("\n")).not.toMatch(/SCAN|TEMP B-TREE|"?Generation"?/);
  });

  it("follow new work, and forget a prompt when its last generation is deleted", async () => {
    await make(teamId, userId, ["a harbour at dusk"], 600);
    expect((await recentPrompts({ teamId, userId, take: 2 }))[0]).toBe("a harbour at dusk");
    await prisma.generation.deleteMany({ where: { teamId, createdById: userId, prompt: "glass kite" } });
    expect(await recentPrompts({ teamId, userId, take: 8 })).not.toContain("glass kite");
    // One of two uses deleted: still there.
    const [one] = await prisma.generation.findMany({ where: { teamId, createdById: userId, prompt: "copper teapot" }, take: 1 });
    await prisma.generation.delete({ where: { id: one!.id } });
    expect(await recentPrompts({ teamId, userId, take: 8 })).toContain("copper teapot");
  });
});
