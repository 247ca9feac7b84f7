// The usage page's shapes and its address: a date range (UTC days, inclusive) read the same way
// by the page and the CSV route, and the summary built from a team's (or a person's) rows.
import { z } from "zod";
import { add, parseDecimal, toDecimalString, type Fixed } from "@/lib/images/decimal";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Dates look like 2026-11-01.")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "That date does not exist.");
const MAX_DAYS = 366;

export interface UsageRange {
  from: string;
  to: string;
}

/** This month so far. */
export function defaultRange(now = new Date()): UsageRange {
  const today = now.toISOString().slice(0, 10);
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

/** ?from=&to= (default: this month so far); a range past a year or backwards is refused. */
export function rangeFromQuery(query: URLSearchParams, now = new Date()): { ok: true; range: UsageRange } | { ok: false; error: string } {
  const fallback = defaultRange(now);
  const parsed = z.object({ from: day.default(fallback.from), to: day.default(fallback.to) }).safeParse({
    from: query.get("from") || undefined,
    to: query.get("to") || undefined,
  });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const { from, to } = parsed.data;
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (Number.isNaN(days)) return { ok: false, error: "That date does not exist." };
  if (days < 0) return { ok: false, error: "The range ends before it starts." };
  if (days >= MAX_DAYS) return { ok: false, error: "Choose a range of at most a year." };
  return { ok: true, range: { from, to } };
}

export const rangeBounds = (r: UsageRange) => ({ gte: new Date(`${r.from}T00:00:00Z`), lt: new Date(Date.parse(`${r.to}T00:00:00Z`) + 86_400_000) });

/** What a generation's cost is: the actual one, unknown (it may have been billed), or none (nothing was). */
export type Billing = "actual" | "unknown" | "none";

/** One generation as the usage page and its CSV read it. */
export interface UsageRow {
  id: string;
  createdAt: string;
  status: string;
  personId: string | null;
  person: string;
  model: string;
  provider: string;
  project: string;
  prompt: string;
  tokensIn: number;
  tokensOut: number;
  billing: Billing;
  /** The actual cost, a decimal string; null when unknown or none. */
  costUsd: string | null;
  /** The estimate held on the budget at submission; null before budgets or without a price. */
  estimatedUsd: string | null;
}

export interface UsageBucket {
  key: string;
  usd: string;
  tokens: number;
  generations: number;
  unknown: number;
  /** Set on the one row that sums the projects past the page's top ones: how many it stands for. */
  others?: number;
}

export interface UsageSummary {
  total: UsageBucket;
  /** Over the generations that have both: what was estimated against what they cost. */
  estimatedVsActual: { generations: number; estimatedUsd: string; actualUsd: string };
  byDay: UsageBucket[];
  byPerson: UsageBucket[];
  byModel: UsageBucket[];
  byProvider: UsageBucket[];
  byProject: UsageBucket[];
}

type Acc = { usd: Fixed; tokens: number; generations: number; unknown: number };
const zero = (): Acc => ({ usd: parseDecimal("0"), tokens: 0, generations: 0, unknown: 0 });

function bucket(rows: readonly UsageRow[], keyOf: (r: UsageRow) => string, sort: "key" | "usd"): UsageBucket[] {
  const map = new Map<string, Acc>();
  for (const r of rows) {
    const acc = map.get(keyOf(r)) ?? zero();
    if (r.costUsd !== null) acc.usd = add(acc.usd, parseDecimal(r.costUsd));
    acc.tokens += r.tokensIn + r.tokensOut;
    acc.generations += 1;
    if (r.billing === "unknown") acc.unknown += 1;
    map.set(keyOf(r), acc);
  }
  const out = [...map].map(([key, a]) => ({ key, usd: toDecimalString(a.usd), tokens: a.tokens, generations: a.generations, unknown: a.unknown }));
  return sort === "key" ? out.sort((a, b) => a.key.localeCompare(b.key)) : out.sort((a, b) => Number(b.usd) - Number(a.usd) || a.key.localeCompare(b.key));
}

/** Counts every generation that may have been billed; those with nothing billed are left out. */
export function summarize(all: readonly UsageRow[]): UsageSummary {
  const rows = all.filter((r) => r.billing !== "none");
  const both = rows.filter((r) => r.costUsd !== null && r.estimatedUsd !== null);
  const sum = (xs: (string | null)[]) => toDecimalString(xs.reduce<Fixed>((s, x) => add(s, parseDecimal(x ?? "0")), parseDecimal("0")));
  return {
    total: bucket(rows, () => "total", "key")[0] ?? { key: "total", usd: "0", tokens: 0, generations: 0, unknown: 0 },
    estimatedVsActual: { generations: both.length, estimatedUsd: sum(both.map((r) => r.estimatedUsd)), actualUsd: sum(both.map((r) => r.costUsd)) },
    byDay: bucket(rows, (r) => r.createdAt.slice(0, 10), "key"),
    byPerson: bucket(rows, (r) => r.person, "usd"),
    byModel: bucket(rows, (r) => r.model, "usd"),
    byProvider: bucket(rows, (r) => r.provider, "usd"),
    byProject: bucket(rows, (r) => r.project, "usd"),
  };
}
