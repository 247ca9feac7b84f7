// The usage page's summary built from the daily sums (lib/db/usage-days.ts), which the database
// has already grouped per day, person, model, provider and project: the same buckets, totals
// and estimate comparison as summarize() in lib/views/usage.ts gives over every generation (a
// test holds the two equal). Projects are many (a long-lived team has hundreds): the page shows
// the ones that cost most and one row for the rest, so what it reads stays the size it shows.
import { add, parseDecimal, toDecimalString } from "@/lib/images/decimal";
import type { UsageBucket, UsageSummary } from "./usage";

/** What the sums hold, over one group of rows. */
export interface UsageSums {
  generations: number;
  unknownCosts: number;
  knownPicos: bigint;
  tokens: bigint;
  bothCount: number;
  bothEstimateMicros: bigint;
  bothActualPicos: bigint;
}

/** One group's sums, with its person, provider or project already named. */
export interface UsageGroup extends UsageSums {
  key: string;
}

export interface UsageGroups {
  byDay: UsageGroup[];
  byPerson: UsageGroup[];
  byModel: UsageGroup[];
  byProvider: UsageGroup[];
  /** The projects that cost most, at most the page's limit. */
  topProjects: UsageGroup[];
  /** How many projects have usage in the range, shown or not. */
  projectCount: number;
}

/** How many projects the page lists before one row sums the rest. */
export const PROJECT_ROWS = 20;

const PICOS = 12;
const MICROS = 6;
const usd = (units: bigint, scale: number) => toDecimalString({ units: units < 0n ? 0n : units, scale });
const EMPTY: UsageSums = { generations: 0, unknownCosts: 0, knownPicos: 0n, tokens: 0n, bothCount: 0, bothEstimateMicros: 0n, bothActualPicos: 0n };

function plus(a: UsageSums, b: UsageSums, sign: 1 | -1 = 1): UsageSums {
  const s = BigInt(sign);
  return {
    generations: a.generations + sign * b.generations,
    unknownCosts: a.unknownCosts + sign * b.unknownCosts,
    knownPicos: a.knownPicos + s * b.knownPicos,
    tokens: a.tokens + s * b.tokens,
    bothCount: a.bothCount + sign * b.bothCount,
    bothEstimateMicros: a.bothEstimateMicros + s * b.bothEstimateMicros,
    bothActualPicos: a.bothActualPicos + s * b.bothActualPicos,
  };
}

const sumOf = (groups: readonly UsageSums[]) => groups.reduce<UsageSums>((s, g) => plus(s, g), EMPTY);
const toBucket = (key: string, a: UsageSums): UsageBucket => ({ key, usd: usd(a.knownPicos, PICOS), tokens: Number(a.tokens), generations: a.generations, unknown: a.unknownCosts });
const byKey = (a: UsageBucket, b: UsageBucket) => a.key.localeCompare(b.key);
const bySpend = (a: UsageBucket, b: UsageBucket) => Number(b.usd) - Number(a.usd) || a.key.localeCompare(b.key);

/** Groups that share a name (two people called Sam, several deleted accounts) are one bucket, as summarize() keys them. */
function buckets(groups: readonly UsageGroup[], sort: "key" | "usd"): UsageBucket[] {
  const map = new Map<string, UsageSums>();
  for (const g of groups) map.set(g.key, plus(map.get(g.key) ?? EMPTY, g));
  const out = [...map].filter(([, a]) => a.generations > 0).map(([key, a]) => toBucket(key, a));
  return out.sort(sort === "key" ? byKey : bySpend);
}

const othersKey = (n: number) => `${n} other project${n === 1 ? "" : "s"}`;

export function summarizeGroups(g: UsageGroups): UsageSummary {
  // Every counted generation has a day, so the days sum to the total.
  const all = sumOf(g.byDay);
  const byProject = buckets(g.topProjects, "usd");
  const others = g.projectCount - g.topProjects.length;
  if (others > 0) byProject.push({ ...toBucket(othersKey(others), plus(all, sumOf(g.topProjects), -1)), others });
  return {
    total: all.generations > 0 ? toBucket("total", all) : { key: "total", usd: "0", tokens: 0, generations: 0, unknown: 0 },
    estimatedVsActual: { generations: all.bothCount, estimatedUsd: usd(all.bothEstimateMicros, MICROS), actualUsd: usd(all.bothActualPicos, PICOS) },
    byDay: buckets(g.byDay, "key"),
    byPerson: buckets(g.byPerson, "usd"),
    byModel: buckets(g.byModel, "usd"),
    byProvider: buckets(g.byProvider, "usd"),
    byProject,
  };
}

/**
 * The first `limit` of buckets sorted by spend, and one row that sums the rest: summarize()'s
 * complete list cut as the page cuts it, summed the long way (tests compare the two).
 */
export function topBuckets(sorted: readonly UsageBucket[], limit: number): UsageBucket[] {
  const rest = sorted.slice(limit);
  if (rest.length === 0) return [...sorted];
  const sum = rest.reduce(
    (s, b) => ({ usd: add(s.usd, parseDecimal(b.usd)), tokens: s.tokens + b.tokens, generations: s.generations + b.generations, unknown: s.unknown + b.unknown }),
    { usd: parseDecimal("0"), tokens: 0, generations: 0, unknown: 0 },
  );
  const others = rest.length;
  return [...sorted.slice(0, limit), { key: othersKey(others), usd: toDecimalString(sum.usd), tokens: sum.tokens, generations: sum.generations, unknown: sum.unknown, others }];
}
