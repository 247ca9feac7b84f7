import { beforeAll, describe, expect, it } from "vitest";
import { monthSpendLabel } from "@/lib/views/month-spend";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { monthSpend } from "./queries";

const now = new Date("2026-11-20T12:00:00Z");
const thisMonth = new Date("2026-11-03T09:00:00Z");
const lastMonth = new Date("2026-10-30T09:00:00Z");
let teamId = "";
let otherTeamId = "";

async function run(team: string, status: string, costUsd: string | null, opts: { sent?: boolean; at?: Date } = {}) {
  await prisma.generation.create({
    data: {
      teamId: team, kind: "generate", model: "gpt-image-1-mini", prompt: "p", params: {}, status, costUsd,
      createdAt: opts.at ?? thisMonth, sentAt: opts.sent === false ? null : (opts.at ?? thisMonth),
    },
  });
}

beforeAll(async () => {
  const owner = await makePerson("Moe");
  teamId = await makeTeam(owner, "Team M");
  const other = await makePerson("Nia");
  otherTeamId = await makeTeam(other, "Team N");
  await run(teamId, "succeeded", "0.011");
  await run(teamId, "succeeded", "1.2");
  await run(teamId, "succeeded", null); // the provider reported no usage
  await run(teamId, "interrupted", null); // a restart while the provider had it
  await run(teamId, "canceled", null); // canceled while running
  await run(teamId, "canceled", null, { sent: false }); // canceled in the queue: nothing billed
  await run(teamId, "interrupted", null, { sent: false }); // never sent: nothing billed
  await run(teamId, "failed", null);
  await run(teamId, "succeeded", "5", { at: lastMonth });
  await run(teamId, "succeeded", null, { at: lastMonth });
  await run(otherTeamId, "succeeded", "9");
  await run(otherTeamId, "succeeded", null);
});

describe("the month's spend", () => {
  it("sums this month's known costs and counts the runs that may have been billed at an unknown cost", async () => {
    expect(await monthSpend({ teamId, now })).toEqual({ usd: "1.211", unknownCosts: 3 });
  });

  it("the top bar says the total is a lower bound when some costs are unknown", async () => {
    const label = monthSpendLabel(await monthSpend({ teamId, now }));
    expect(label.amount).toBe("≥ $1.21");
    expect(label.unknown).toBe("3 costs unknown");
    expect(label.title).toMatch(/^At least \$1\.21 this calendar month \(UTC\)\. 3 runs may have been billed/);
  });

  it("with every cost known, it is a plain total", async () => {
    const label = monthSpendLabel({ usd: "0.5", unknownCosts: 0 });
    expect(label).toEqual({ amount: "$0.50", unknown: null, title: "Spent this calendar month (UTC)" });
    expect(monthSpendLabel({ usd: "0", unknownCosts: 1 }).unknown).toBe("1 cost unknown");
  });
});
