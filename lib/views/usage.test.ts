// The usage summary: exact sums per day, person, model, provider and project; unknown costs
// counted, not hidden; work that billed nothing left out; estimates against actual costs.
import { describe, expect, it } from "vitest";
import { rangeFromQuery, summarize, type UsageRow } from "./usage";

const row = (over: Partial<UsageRow>): UsageRow => ({
  id: "g", createdAt: "2026-11-02T10:00:00.000Z", status: "succeeded", personId: "u1", person: "Ann", model: "gpt-image-1-mini",
  provider: "Environment default", project: "Board", prompt: "p", tokensIn: 10, tokensOut: 272, billing: "actual", costUsd: "0.1", estimatedUsd: null, ...over,
});

describe("summarize", () => {
  const s = summarize([
    row({ costUsd: "0.1", estimatedUsd: "0.12" }),
    row({ costUsd: "0.2", createdAt: "2026-11-03T01:00:00.000Z", person: "Bo", model: "gpt-image-1.5" }),
    row({ billing: "unknown", costUsd: null, person: "Bo" }),
    row({ billing: "none", costUsd: null, status: "failed", tokensIn: 0, tokensOut: 0 }),
  ]);
  it("sums exactly and counts unknown costs, leaving out work that billed nothing", () => {
    expect(s.total).toMatchObject({ usd: "0.3", generations: 3, unknown: 1, tokens: 3 * 282 });
    expect(s.byPerson).toEqual([
      { key: "Bo", usd: "0.2", tokens: 564, generations: 2, unknown: 1 },
      { key: "Ann", usd: "0.1", tokens: 282, generations: 1, unknown: 0 },
    ]);
    expect(s.byDay.map((d) => [d.key, d.usd])).toEqual([["2026-11-02", "0.1"], ["2026-11-03", "0.2"]]);
  });
  it("compares estimates with actual costs where a generation has both", () => {
    expect(s.estimatedVsActual).toEqual({ generations: 1, estimatedUsd: "0.12", actualUsd: "0.1" });
  });
});

describe("the range in the address", () => {
  const now = new Date("2026-11-20T12:00:00Z");
  it("defaults to this month so far", () => {
    expect(rangeFromQuery(new URLSearchParams(), now)).toEqual({ ok: true, range: { from: "2026-11-01", to: "2026-11-20" } });
  });
  it("refuses a range past a year, a backwards one, or a date that does not exist", () => {
    expect(rangeFromQuery(new URLSearchParams("from=2024-01-01&to=2026-11-01"), now)).toMatchObject({ ok: false });
    expect(rangeFromQuery(new URLSearchParams("from=2026-11-05&to=2026-11-01"), now)).toEqual({ ok: false, error: "The range ends before it starts." });
    expect(rangeFromQuery(new URLSearchParams("from=2026-02-30&to=2026-11-01"), now)).toMatchObject({ ok: false });
  });
});
