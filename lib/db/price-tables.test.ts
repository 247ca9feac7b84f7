// Prices as a team edits them: dated rows, the one in effect when a generation ran is the one
// it is priced with (and keeps), every token kind costs its own rate, and a missing price is
// unknown, never $0.
import { beforeAll, describe, expect, it } from "vitest";
import { png } from "@/lib/edits/test-images";
import { costOf } from "@/lib/images/cost";
import { PRICE_PRESETS } from "@/lib/images/price-presets";
import { storeOutcome } from "@/lib/jobs/store-outcome";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { addPriceRows, listPriceRows } from "./price-tables";
import { currentPrices, currentPricesOfModels } from "./prices";

const rates = (imageOutPerM: string) => ({ textInPerM: "1.00", cachedTextInPerM: "0.10", imageInPerM: "3.00", cachedImageInPerM: "0.30", imageOutPerM, textOutPerM: "7.00" });
const who = { teamId: "", userId: "", other: "" };
beforeAll(async () => {
  const ann = await makePerson("Ann");
  who.teamId = await makeTeam(ann, "Team A");
  who.userId = ann.user.id;
  who.other = await makeTeam(await makePerson("Bo"), "Team B");
  await addPriceRows({ teamId: who.teamId, createdById: who.userId, takenAt: new Date("2026-11-10T00:00:00Z"), rows: [{ provider: "acme", model: "gpt-image-2", rates: rates("10.00") }] });
  await addPriceRows({ teamId: who.teamId, createdById: who.userId, takenAt: new Date("2026-12-01T00:00:00Z"), rows: [{ provider: "acme", model: "gpt-image-2", rates: rates("20.00") }] });
});

describe("cost for every token kind", () => {
  it("prices text in, image in, image out and text out each at its own rate, exactly", () => {
    const usage = { textTokensIn: 1_000, imageTokensIn: 2_000, imageTokensOut: 3_000, textTokensOut: 4_000, totalTokens: 10_000 };
    expect(costOf(usage, rates("10.00"))).toEqual({ textIn: "0.001", imageIn: "0.006", imageOut: "0.03", textOut: "0.028", total: "0.065" });
  });
  it("is unknown when output text has no price, never $0", () => {
    const usage = { textTokensIn: 1, imageTokensIn: 0, imageTokensOut: 1, textTokensOut: 1, totalTokens: 3 };
    expect(costOf(usage, { ...rates("1"), textOutPerM: null })).toBeNull();
  });
  it("CometAPI's gpt-image-1-mini: $2.00 per 1M input, $6.40 per 1M output", () => {
    const comet = PRICE_PRESETS.find((p) => p.id === "cometapi")!.rows[0]!.rates;
    const usage = { textTokensIn: 500_000, imageTokensIn: 500_000, imageTokensOut: 1_000_000, textTokensOut: 0, totalTokens: 2_000_000 };
    expect(costOf(usage, comet)?.total).toBe("8.4");
  });
});

describe("the table in effect by date", () => {
  it("is the latest row whose date has come", async () => {
    const at = (d: string) => currentPrices("acme", "gpt-image-2", { teamId: who.teamId, at: new Date(d) });
    expect(await at("2026-11-01T00:00:00Z")).toBeNull();
    expect((await at("2026-11-20T00:00:00Z"))?.imageOutPerM).toBe("10");
    expect((await at("2026-12-01T00:00:00Z"))?.imageOutPerM).toBe("20");
  });
  it("is the team's own: another team sees none of its rows", async () => {
    expect(await currentPrices("acme", "gpt-image-2", { teamId: who.other, at: new Date("2026-12-02") })).toBeNull();
    expect((await listPriceRows({ teamId: who.other })).filter((r) => r.provider === "acme")).toEqual([]);
  });
  it("a stored generation keeps the row it was priced with when a newer one arrives", async () => {
    const row = await prisma.generation.create({
      data: { teamId: who.teamId, createdById: who.userId, kind: "generate", model: "gpt-image-1-mini", prompt: "p", params: {}, status: "running" },
    });
    const usage = { textTokensIn: 10, imageTokensIn: 0, imageTokensOut: 100, textTokensOut: 0, totalTokens: 110 };
    const resolved = { size: "1024x1024", quality: "low", background: "opaque", outputFormat: "png" } as const;
    const images = [{ bytes: await png(8, 8), format: "png", width: 8, height: 8 } as const];
    await addPriceRows({ teamId: who.teamId, createdById: who.userId, takenAt: new Date(Date.now() - 60_000), rows: [{ provider: "acme", model: "gpt-image-1-mini", rates: rates("10.00") }] });
    await storeOutcome(row.id, { images, usage, resolved, providerMs: 1, retries: 0 }, { provider: "acme", model: "gpt-image-1-mini", teamId: who.teamId });
    const priced = await prisma.generation.findUniqueOrThrow({ where: { id: row.id }, include: { priceTable: true } });
    expect(priced.costUsd?.toFixed()).toBe("0.00101");
    await addPriceRows({ teamId: who.teamId, createdById: who.userId, takenAt: new Date(Date.now() - 1_000), rows: [{ provider: "acme", model: "gpt-image-1-mini", rates: rates("99.00") }] });
    const after = await prisma.generation.findUniqueOrThrow({ where: { id: row.id }, include: { priceTable: true } });
    expect(after.priceTable?.imageOutPerM.toFixed()).toBe("10");
    expect(after.costUsd?.toFixed()).toBe("0.00101");
  });
});

describe("every model's prices in one read", () => {
  it("are the rows currentPrices finds model by model: the team's own first, the latest in force, published ones seeded", async () => {
    await addPriceRows({ teamId: who.teamId, createdById: who.userId, takenAt: new Date("2026-11-10T00:00:00Z"), rows: [{ provider: "openai", model: "gpt-image-1-mini", rates: rates("9.00") }] });
    for (const [provider, teamId] of [["openai", who.teamId], ["openai", who.other], ["acme", who.teamId]] as const) {
      const models = ["gpt-image-1-mini", "gpt-image-1", "gpt-image-2", "not-a-model"];
      const one = await currentPricesOfModels(provider, models, { teamId });
      const each = Object.fromEntries((await Promise.all(models.map(async (m) => [m, await currentPrices(provider, m, { teamId })] as const))).filter(([, r]) => r));
      expect(Object.fromEntries(one)).toEqual(each);
    }
    expect((await currentPricesOfModels("openai", ["gpt-image-1-mini"], { teamId: who.teamId })).get("gpt-image-1-mini")?.imageOutPerM).toBe("9");
  });
});
