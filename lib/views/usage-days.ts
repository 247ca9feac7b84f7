// The usage page's summary built from the daily sums (lib/db/usage-days.ts) instead of from
// every generation: the same buckets, totals and estimate comparison as summarize() in
// lib/views/usage.ts gives over the rows (a test holds the two equal).
import { toDecimalString } from "@/lib/images/decimal";
import type { UsageBucket, UsageSummary } from "./usage";

/** One row of daily sums, with its person, provider and project already named. */
export interface UsageDayRow {
  day: string;
  person: string;
  model: string;
  provider: string;
  project: string;
  generations: number;
  unknownCosts: number;
  knownPicos: bigint;
  tokens: bigint;
  bothCount: number;
  bothEstimateMicros: bigint;
  bothActualPicos: bigint;
}

const PICOS = 12;
const MICROS = 6;
const usd = (units: bigint, scale: number) => toDecimalString({ units: units < 0n ? 0n : units, scale });

function bucket(rows: readonly UsageDayRow[], keyOf: (r: UsageDayRow) => string, sort: "key" | "usd"): UsageBucket[] {
  const map = new Map<string, { picos: bigint; tokens: bigint; generations: number; unknown: number }>();
  for (const r of rows) {
    const acc = map.get(keyOf(r)) ?? { picos: 0n, tokens: 0n, generations: 0, unknown: 0 };
    acc.picos += r.knownPicos;
    acc.tokens += r.tokens;
    acc.generations += r.generations;
    acc.unknown += r.unknownCosts;
    map.set(keyOf(r), acc);
  }
  const out = [...map]
    .filter(([, a]) => a.generations > 0)
    .map(([key, a]) => ({ key, usd: usd(a.picos, PICOS), tokens: Number(a.tokens), generations: a.generations, unknown: a.unknown }));
  return sort === "key" ? out.sort((a, b) => a.key.localeCompare(b.key)) : out.sort((a, b) => Number(b.usd) - Number(a.usd) || a.key.localeCompare(b.key));
}

export function summarizeDays(rows: readonly UsageDayRow[]): UsageSummary {
  const both = rows.reduce((s, r) => ({ n: s.n + r.bothCount, est: s.est + r.bothEstimateMicros, act: s.act + r.bothActualPicos }), { n: 0, est: 0n, act: 0n });
  return {
    total: bucket(rows, () => "total", "key")[0] ?? { key: "total", usd: "0", tokens: 0, generations: 0, unknown: 0 },
    estimatedVsActual: { generations: both.n, estimatedUsd: usd(both.est, MICROS), actualUsd: usd(both.act, PICOS) },
    byDay: bucket(rows, (r) => r.day, "key"),
    byPerson: bucket(rows, (r) => r.person, "usd"),
    byModel: bucket(rows, (r) => r.model, "usd"),
    byProvider: bucket(rows, (r) => r.provider, "usd"),
    byProject: bucket(rows, (r) => r.project, "usd"),
  };
}
