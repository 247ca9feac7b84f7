// Budgets against the real database: the hold taken at submission is one conditional UPDATE,
// so 20 parallel submissions against a budget that fits 5 let exactly 5 through; a finished
// run settles its hold with the actual cost, a failed one gives it back.
import { beforeAll, describe, expect, it } from "vitest";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";

const { prisma } = await import("@/lib/db/client");
const { monthOf, readCounter, TEAM_SCOPE } = await import("@/lib/db/budgets");
const { setPersonBudget, setTeamLimits } = await import("@/lib/db/team-limits");
const { subscribeTeam } = await import("@/lib/jobs/events");
const { startRunner } = await import("@/lib/jobs/runner");
const { settleBudget, settleEndedBudgets } = await import("@/lib/jobs/settle-budget");
const { cancelQueued } = await import("@/lib/db/generations");
const { interruptSent } = await import("@/lib/db/unfinished");
const { toMicros } = await import("@/lib/images/micros");
const { estimateRequestUsd } = await import("./limits");
const { submitGeneration } = await import("./submit");
const { makePerson, makeTeam, join } = await import("@/lib/testing/people");

const params = (prompt: string) => ({
  model: "gpt-image-1-mini" as const, prompt, n: 1, size: "1024x1024" as const, quality: "low" as const,
  background: "auto" as const, moderation: "auto" as const, output_format: "png" as const, stream: false, partial_images: 0,
});
const submit = (who: { teamId: string; userId: string }, prompt = "a lighthouse in fog") =>
  submitGeneration(who, { params: params(prompt), idempotencyKey: crypto.randomUUID() });

let estimate: bigint;
async function newTeam(name: string) {
  const owner = await makePerson(name);
  const teamId = await makeTeam(owner, `${name}'s team`);
  // The rate limit is its own cap (limits.test.ts); here it would stop the burst first.
  await setTeamLimits({ teamId, limits: { ratePerMinute: 0 } });
  return { teamId, userId: owner.user.id, owner };
}
const counter = (teamId: string, scope = TEAM_SCOPE) => readCounter({ teamId, scope, month: monthOf(new Date()) });

beforeAll(async () => {
  estimate = toMicros((await estimateRequestUsd([{ params: params("a lighthouse in fog") }]))!);
});

describe("the team's monthly budget", () => {
  it("lets exactly 5 of 20 parallel submissions through when it fits 5", async () => {
    const who = await newTeam("Ada");
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: estimate * 5n + estimate / 2n } });
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => submit(who)));
    const refused = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason.message));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(refused).toHaveLength(15);
    expect(refused[0]).toMatch(/^This request would cost about \$0\.\d+, but the team's monthly budget of \$0\.\d+ has \$0\.\d+ left this month, with \$0\.\d+ more held for work in progress\./);
    expect(await prisma.generation.count({ where: { teamId: who.teamId } })).toBe(5);
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: estimate * 5n, spentMicros: 0n });
  });

  it("refuses with what is left when the estimate does not fit, storing nothing", async () => {
    const who = await newTeam("Bea");
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: estimate - 1n } });
    await expect(submit(who)).rejects.toThrow(/but the team's monthly budget of \$0\.\d+ has \$0\.\d+ left this month\. Ask an owner or admin to raise it/);
    expect(await prisma.generation.count({ where: { teamId: who.teamId } })).toBe(0);
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: 0n });
  });
});

describe("the team's own limits", () => {
  it("a per-request ceiling set by the team replaces the environment's", async () => {
    const who = await newTeam("Fay");
    await setTeamLimits({ teamId: who.teamId, limits: { requestCeilingMicros: estimate - 1n } });
    await expect(submit(who)).rejects.toThrow(/limit per request \(the team's setting\)/);
    await setTeamLimits({ teamId: who.teamId, limits: { requestCeilingMicros: null } });
    await expect(submit(who)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("the prompt panel warns at the team's own ceiling", async () => {
    const who = await newTeam("Kim");
    await setTeamLimits({ teamId: who.teamId, limits: { requestCeilingMicros: 250_000n } });
    const { loadPanelData } = await import("./panel-data");
    const member = { session: who.owner, user: who.owner.user, team: { id: who.teamId, name: "Kim's team" }, role: "owner" as const, membershipId: "m" };
    expect((await loadPanelData(member)).maxRequestUsd).toBe("0.25");
  });

  it("a rate limit set by the team replaces the environment's", async () => {
    const who = await newTeam("Gil");
    await setTeamLimits({ teamId: who.teamId, limits: { ratePerMinute: 1 } });
    await submit(who);
    await expect(submit(who)).rejects.toThrow(/the limit is 1 per minute/);
  });
});

describe("a person's monthly budget", () => {
  it("stops that person and gives the team's hold back, while a teammate goes on", async () => {
    const who = await newTeam("Cy");
    const mate = await makePerson("Cy's mate");
    await join(mate, who.teamId, "member");
    await setPersonBudget({ teamId: who.teamId, userId: who.userId, monthlyMicros: estimate });
    await submit(who);
    await expect(submit(who)).rejects.toThrow(/but your monthly budget in this team of \$0\.\d+ has \$0\.00 left this month/);
    await submit({ teamId: who.teamId, userId: mate.user.id });
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: estimate * 2n });
    expect(await counter(who.teamId, who.userId)).toMatchObject({ reservedMicros: estimate });
  });
});

describe("the estimate a budget holds", () => {
  it("is priced with the table of the provider the work goes to (CometAPI's, not OpenAI's)", async () => {
    const who = await newTeam("Jo");
    const { createProvider } = await import("@/lib/db/providers");
    const { seal } = await import("@/lib/provider/key-seal");
    const { addPriceRows } = await import("@/lib/db/price-tables");
    const { PRICE_PRESETS } = await import("@/lib/images/price-presets");
    const comet = PRICE_PRESETS.find((p) => p.id === "cometapi")!;
    await createProvider({ teamId: who.teamId, name: "Comet", preset: "cometapi", baseURL: "https://api.cometapi.com/v1", models: ["gpt-image-1-mini"], keyCiphertext: seal("sk-x-12345678", "s"), keyLast4: "5678" });
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: 1_000_000n } });
    // No CometAPI price yet: with a budget, a cost nobody can estimate is refused.
    await expect(submit(who)).rejects.toThrow(/has no price in the team's price table/);
    await addPriceRows({ teamId: who.teamId, createdById: who.userId, takenAt: new Date(Date.now() - 1000), rows: comet.rows.map((r) => ({ provider: "cometapi", ...r })) });
    await submit(who);
    const cometEstimate = toMicros((await estimateRequestUsd([{ params: params("a lighthouse in fog"), priceProvider: "cometapi" }], who.teamId))!);
    expect(cometEstimate).toBeLessThan(estimate);
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: cometEstimate });
  });
});

describe("the 80 % warning", () => {
  it("is written to the team's feed once per budget per month, when the holds reach 80 %", async () => {
    const who = await newTeam("Ivy");
    const warnings = () => prisma.activity.findMany({ where: { teamId: who.teamId, kind: "budget" } });
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: (estimate * 24n) / 10n } });
    await submit(who);
    expect(await warnings()).toEqual([]);
    await submit(who);
    const [line, ...more] = await warnings();
    expect(more).toEqual([]);
    expect(line!.data).toEqual({ reason: expect.stringMatching(/^The team's monthly budget is 83 % used: \$0\.\d+ of \$0\.\d+ spent or held/) });
    // Raised in place and crossed again: still the one line this month.
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: (estimate * 36n) / 10n } });
    await submit(who);
    expect(await warnings()).toHaveLength(1);
  });
});

describe("holds of work that never ran", () => {
  it("a cancel before sending gives the hold back; work interrupted after sending keeps it as spent", async () => {
    const who = await newTeam("Hal");
    const canceled = await submit(who);
    const sent = await submit(who);
    await cancelQueued(canceled.id);
    await settleBudget(canceled.id);
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: estimate, spentMicros: 0n });
    // A server stopped while the provider had it: on start, the cost is unknown.
    await prisma.generation.update({ where: { id: sent.id }, data: { status: "running", sentAt: new Date() } });
    await interruptSent();
    await settleEndedBudgets();
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: 0n, spentMicros: estimate });
    expect(await counter(who.teamId, who.userId)).toMatchObject({ reservedMicros: 0n, spentMicros: estimate });
  });
});

describe("settling when the work ends", () => {
  let stop: () => void;
  beforeAll(() => {
    stop = startRunner();
    return () => stop();
  });
  async function finished(who: { teamId: string }, id: string) {
    await new Promise<void>((resolve) => {
      const off = subscribeTeam(who.teamId, (e) => {
        if (e.generationId !== id || e.type !== "finished") return;
        off();
        resolve();
      });
    });
    return prisma.budgetReservation.findUniqueOrThrow({ where: { generationId: id } });
  }

  it("settles a finished run with its actual cost", async () => {
    const who = await newTeam("Dot");
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: 1_000_000n } });
    const { id } = await submit(who);
    const held = await finished(who, id);
    const row = await prisma.generation.findUniqueOrThrow({ where: { id } });
    const actual = toMicros(row.costUsd!.toFixed());
    expect(held).toMatchObject({ outcome: "settled", micros: estimate, actualMicros: actual });
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: 0n, spentMicros: actual });
    expect(await counter(who.teamId, who.userId)).toMatchObject({ reservedMicros: 0n, spentMicros: actual });
  });

  it("releases the hold of a call the provider refused", async () => {
    const who = await newTeam("Eve");
    await setTeamLimits({ teamId: who.teamId, limits: { monthlyMicros: 1_000_000n } });
    const { id } = await submit(who, "a lighthouse [fault:moderation]");
    expect(await finished(who, id)).toMatchObject({ outcome: "released" });
    expect(await counter(who.teamId)).toMatchObject({ reservedMicros: 0n, spentMicros: 0n });
  });
});
