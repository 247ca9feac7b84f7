// The top bar's month spend is a running total (TeamMonthSpend, kept by triggers): after any
// mix of new work, results, failures and deletions it equals the sum over the rows, and reading
// it is one row, whatever the month holds.
import { beforeAll, describe, expect, it } from "vitest";
import { probeQueries, sqlitePlans } from "@/lib/testing/query-probe";

const probe = probeQueries();
const { prisma } = await import("./client");
const { monthSpend } = await import("./month-spend");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

const now = new Date("2026-11-20T12:00:00Z");
let teamId = "";
let otherTeamId = "";

/** The definition, straight from the rows (what the page showed before the running total). */
async function fromRows(team: string) {
  const rows = await prisma.generation.findMany({ where: { teamId: team, createdAt: { gte: new Date("2026-11-01T00:00:00Z"), lt: new Date("2026-12-01T00:00:00Z") } } });
  let micros = 0n;
  let unknownCosts = 0;
  for (const r of rows) {
    if (r.costUsd !== null) micros += BigInt(r.costUsd.mul(1_000_000).toFixed(0));
    else if (r.status === "succeeded" || ((r.status === "interrupted" || r.status === "canceled") && r.sentAt)) unknownCosts++;
  }
  return { micros, unknownCosts };
}

const asMicros = (usd: string) => BigInt(Math.round(Number(usd) * 1_000_000));

async function queued(team: string, at = new Date("2026-11-03T09:00:00Z")) {
  return prisma.generation.create({ data: { teamId: team, kind: "generate", model: "gpt-image-1-mini", prompt: "p", params: {}, createdAt: at } });
}

beforeAll(async () => {
  teamId = await makeTeam(await makePerson("Moe"), "Team M");
  otherTeamId = await makeTeam(await makePerson("Nia"), "Team N");
});

describe("the month's spend as a running total", () => {
  it("equals the sum of the month's costs after work is made, finished, failed, canceled and deleted", async () => {
    const check = async () => {
      const expected = await fromRows(teamId);
      const got = await monthSpend({ teamId, now });
      expect({ micros: asMicros(got.usd), unknownCosts: got.unknownCosts }).toEqual(expected);
    };
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await queued(teamId)).id);
    await queued(teamId, new Date("2026-10-31T23:59:59Z")); // last month: not counted
    await check();
    const sent = { status: "running", sentAt: new Date("2026-11-03T09:00:01Z") };
    for (const id of ids) await prisma.generation.update({ where: { id }, data: sent });
    await prisma.generation.update({ where: { id: ids[0] }, data: { status: "succeeded", costUsd: "0.011" } });
    await prisma.generation.update({ where: { id: ids[1] }, data: { status: "succeeded", costUsd: "1.2" } });
    await prisma.generation.update({ where: { id: ids[2] }, data: { status: "succeeded", costUsd: "0.0021760001" } });
    await prisma.generation.update({ where: { id: ids[3] }, data: { status: "succeeded" } }); // no usage: unknown
    await prisma.generation.update({ where: { id: ids[4] }, data: { status: "failed" } });
    await prisma.generation.update({ where: { id: ids[5] }, data: { status: "canceled" } }); // sent: unknown
    await prisma.generation.update({ where: { id: ids[6] }, data: { status: "canceled", sentAt: null } }); // never sent
    await prisma.generation.update({ where: { id: ids[7] }, data: { status: "interrupted" } });
    await prisma.generation.updateMany({ where: { id: { in: ids.slice(8) } }, data: { status: "succeeded", costUsd: "0.25" } });
    await check();
    expect(await monthSpend({ teamId, now })).toEqual({ usd: "2.2131760001", unknownCosts: 3 });
    await prisma.generation.delete({ where: { id: ids[1] } });
    await prisma.generation.deleteMany({ where: { id: { in: [ids[3]!, ids[8]!] } } });
    await check();
    expect(await monthSpend({ teamId, now })).toEqual({ usd: "0.7631760001", unknownCosts: 2 });
    // Another team's work never moves this team's total.
    const theirs = await queued(otherTeamId);
    await prisma.generation.update({ where: { id: theirs.id }, data: { status: "succeeded", costUsd: "9" } });
    expect(await monthSpend({ teamId, now })).toEqual({ usd: "0.7631760001", unknownCosts: 2 });
    expect(await monthSpend({ teamId: otherTeamId, now })).toEqual({ usd: "9", unknownCosts: 0 });
  });

  it.skipIf(!sqlitePlans)("is read as one row by its key, not summed over the month's rows", async () => {
    for (let i = 0; i < 50; i++) await prisma.generation.create({ data: { teamId, kind: "generate", model: "m", prompt: "p", params: {}, status: "succeeded", costUsd: "0.01", createdAt: new Date("2026-11-04T09:00:00Z") } });
    probe.reset();
    await monthSpend({ teamId, now });
    expect(probe.queries).toHaveLength(1);
    expect(probe.queries[0]!.rows).toBeLessThanOrEqual(1);
    const plan = (await probe.plan(probe.queries[0]!)).join("\n");
    expect(plan).toMatch(/SEARCH .*(PRIMARY KEY|INDEX)/);
    expect(plan).not.toMatch(/Generation/);
  });

  it("a month past $9,007 (2^53 pico-dollars) is read exactly", async () => {
    const big = await makeTeam(await makePerson("Ola"), "Team O");
    for (const cost of ["6000.000000000001", "4000.5"]) {
      const g = await queued(big);
      await prisma.generation.update({ where: { id: g.id }, data: { status: "succeeded", costUsd: cost } });
    }
    expect(await monthSpend({ teamId: big, now })).toEqual({ usd: "10000.500000000001", unknownCosts: 0 });
  });

  it("a month with no work is $0", async () => {
    expect(await monthSpend({ teamId, now: new Date("2027-02-01T00:00:00Z") })).toEqual({ usd: "0", unknownCosts: 0 });
  });
});
