// The planner's statistics are refreshed as the data grows (on start, then every few hours).
import { describe, expect, it } from "vitest";
import { prisma } from "./client";
import { refreshStatistics } from "./statistics";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { sqlitePlans } from "@/lib/testing/query-probe";

const statRows = async (table: string) => (await prisma.$queryRawUnsafe<{ tbl: string }[]>(`SELECT tbl FROM sqlite_stat1`)).filter((r) => r.tbl === table).length;

describe("the planner's statistics", () => {
  it.skipIf(!sqlitePlans)("describe the generations once there are some", async () => {
    const moe = await makePerson("Moe");
    const teamId = await makeTeam(moe, "Team M");
    await prisma.generation.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({ teamId, createdById: moe.user.id, kind: "generate", model: "gpt-image-1-mini", prompt: `p${i % 7}`, params: {}, status: "succeeded", createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)) })),
    });
    await refreshStatistics();
    expect(await statRows("Generation")).toBeGreaterThan(0);
    expect(await statRows("RecentPrompt")).toBeGreaterThan(0);
  });
});
