// An image page's lineage (the work made from its images) is found by an index on the parent
// image, not by walking the team's generations.
import { describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { getLineage } = await import("./lineage");
const { getGeneration } = await import("./queries");
const { refreshStatistics } = await import("./statistics");
const { makePerson, makeTeam, makeGeneration } = await import("@/lib/testing/people");

describe("lineage", () => {
  it.skipIf(!sqlitePlans)("reads the refinements of an image through the parent-image index", async () => {
    const moe = await makePerson("Moe");
    const teamId = await makeTeam(moe, "Team M");
    const parent = await makeGeneration(teamId, moe.user.id);
    // A team's history: 200 runs, each refining an image of an earlier one.
    const base = await prisma.generation.create({ data: { teamId, kind: "generate", model: "gpt-image-1", prompt: "base", params: {}, status: "succeeded" } });
    const file = { format: "png", width: 8, height: 8, bytes: 1, sha256: "x", storageKey: "k", thumbnailKey: "t" };
    await prisma.image.createMany({ data: Array.from({ length: 200 }, (_, i) => ({ id: `img-${i}`, generationId: base.id, index: i, ...file })) });
    await prisma.generation.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({ teamId, createdById: moe.user.id, kind: "generate", model: "gpt-image-1", prompt: `p${i}`, params: {}, status: "succeeded", parentImageId: i % 3 ? `img-${i}` : null })),
    });
    await refreshStatistics(); // as the server does on start
    const view = (await getGeneration({ teamId, id: parent.id }))!;
    await prisma.generation.create({ data: { teamId, kind: "generate", model: "gpt-image-1", prompt: "again", params: {}, parentImageId: view.images[0]!.id } });
    probe.reset();
    const lineage = await getLineage({ teamId, generation: view });
    expect(lineage.children.map((c) => c.imageId === null)).toEqual([true]);
    const query = probe.queries.find((q) => /parentImageId[`"]? IN/.test(q.sql))!;
    const plan = (await probe.plan(query)).join("\n");
    expect(plan, plan).toMatch(/USING INDEX Generation_parentImageId_idx/);
  });
});
