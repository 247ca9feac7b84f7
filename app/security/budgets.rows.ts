// Rows for budgets, prices and usage. These doors take no id of another team's object: each
// acts on the caller's own team only, which is what the session rows prove (and that a viewer,
// who may not manage budgets, changes nothing).
import { expect } from "vitest";
import { prisma } from "@/lib/db/client";
import { currentPrices } from "@/lib/db/prices";
import { who } from "@/lib/testing/signed-in";
import { addPriceRowAction } from "@/lib/actions/prices/add-price-row";
import { applyPricePresetAction } from "@/lib/actions/prices/apply-price-preset";
import { setPersonBudgetAction } from "@/lib/actions/budgets/set-person-budget";
import { setTeamLimitsAction } from "@/lib/actions/budgets/set-team-limits";
import { setTeamLimits, teamLimits } from "@/lib/db/team-limits";
import * as usageCsvRoute from "@/app/api/usage/csv/route";
import { a, b, succeeded, type Row, type SessionRow } from "./fixture";

export async function setUpBudgets() {
  // Nothing team A owns is needed beyond the fixture: every door here is team-scoped by the session.
}

const rates = { textInPerM: "0.01", cachedTextInPerM: "0.01", imageInPerM: "0.01", cachedImageInPerM: "0.01", imageOutPerM: "0.01", textOutPerM: null };
const teamRowsOf = (teamId: string) => prisma.priceTable.count({ where: { teamId } });

export const budgetRows: Row[] = [
  {
    name: "set a person's monthly budget", door: "setPersonBudgetAction",
    // Team A's member is nobody in team B: "Not found.", as for a missing id.
    // Blank: no budget of their own, so team B's later rows are never refused by it.
    call: (userId) => setPersonBudgetAction({ userId, monthlyUsd: "" }),
    foreign: () => a.member.user.id,
    own: async () => b.owner.user.id,
    ok: succeeded,
  },
];

const month = new Date().toISOString().slice(0, 7);
const usageCsv = async () =>
  (await usageCsvRoute.GET(new Request(`http://localhost/api/usage/csv?from=${month}-01&to=${new Date().toISOString().slice(0, 10)}`), { params: Promise.resolve({}) })).text();

export const budgetSessionRows: SessionRow[] = [
  {
    door: "setTeamLimitsAction",
    name: "sets the caller's team's limits only; a viewer changes nothing",
    act: async () => {
      const before = await teamLimits({ teamId: a.teamId });
      who.current = b.owner;
      expect(await setTeamLimitsAction({ monthlyUsd: "12.50", requestCeilingUsd: "", ratePerMinute: "5" })).toMatchObject({ data: { saved: true } });
      expect(await teamLimits({ teamId: b.teamId })).toEqual({ monthlyMicros: 12_500_000n, requestCeilingMicros: null, ratePerMinute: 5 });
      expect(await teamLimits({ teamId: a.teamId })).toEqual(before);
      who.current = b.viewer;
      expect(await setTeamLimitsAction({ monthlyUsd: "1", requestCeilingUsd: "", ratePerMinute: "" })).toHaveProperty("serverError");
      expect((await teamLimits({ teamId: b.teamId })).monthlyMicros).toBe(12_500_000n);
      // Back to the defaults: team B's later rows submit work under no budget and the env's rate.
      await setTeamLimits({ teamId: b.teamId, limits: { monthlyMicros: null, requestCeilingMicros: null, ratePerMinute: null } });
    },
  },
  {
    door: "GET /api/usage/csv",
    name: "lists the caller's team's generations only (the control: its own are there)",
    act: async () => {
      who.current = b.owner;
      const csv = await usageCsv();
      const own = await prisma.generation.findMany({ where: { teamId: b.teamId, status: "succeeded" }, select: { id: true } });
      expect(own.length).toBeGreaterThan(0);
      for (const g of own) expect(csv).toContain(g.id);
      expect(csv).not.toContain(a.generationId);
    },
  },
  {
    door: "addPriceRowAction",
    name: "a price row is the caller's team's: another team's costs do not move",
    act: async () => {
      who.current = b.owner;
      const before = await currentPrices("acme-test", "gpt-image-1-mini", { teamId: a.teamId });
      const result = await addPriceRowAction({ provider: "acme-test", model: "gpt-image-1-mini", effectiveFrom: "2026-11-02", rates });
      expect(result).toMatchObject({ data: { added: 1 } });
      expect(await currentPrices("acme-test", "gpt-image-1-mini", { teamId: a.teamId })).toEqual(before);
      expect((await currentPrices("acme-test", "gpt-image-1-mini", { teamId: b.teamId }))?.imageOutPerM).toBe("0.01");
      who.current = b.viewer;
      const refused = await addPriceRowAction({ provider: "acme-test", model: "gpt-image-1-mini", effectiveFrom: "2026-11-03", rates });
      expect(refused).toHaveProperty("serverError");
      await prisma.priceTable.deleteMany({ where: { teamId: b.teamId, provider: "acme-test" } });
    },
  },
  {
    door: "applyPricePresetAction",
    name: "a published list is added to the caller's team only",
    act: async () => {
      const aRows = await teamRowsOf(a.teamId);
      who.current = b.owner;
      expect(await applyPricePresetAction({ preset: "cometapi", effectiveFrom: "2026-11-04" })).toMatchObject({ data: { added: 1 } });
      expect(await teamRowsOf(a.teamId)).toBe(aRows);
      who.current = b.viewer;
      expect(await applyPricePresetAction({ preset: "openai", effectiveFrom: "2026-11-05" })).toHaveProperty("serverError");
      // Team B's later work is priced as before.
      await prisma.priceTable.deleteMany({ where: { teamId: b.teamId } });
    },
  },
];
