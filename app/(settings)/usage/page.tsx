import type { Metadata } from "next";
import { BreakdownChart, DailySpendChart } from "@/components/usage/usage-charts";
import { UsageTable } from "@/components/usage/usage-table";
import { requirePageMember } from "@/lib/auth/page";
import { usageSummary } from "@/lib/db/usage-days";
import { formatUsd } from "@/lib/images/cost";
import { can } from "@/lib/permissions";
import { defaultRange, rangeFromQuery } from "@/lib/views/usage";

export const metadata: Metadata = { title: "Usage" };

type Query = Record<string, string | string[] | undefined>;

// Owners and admins see the team's usage; everyone else their own. The range lives in the address.
export default async function UsagePage({ searchParams }: { searchParams: Promise<Query> }) {
  const member = await requirePageMember();
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  const parsed = rangeFromQuery(query);
  const range = parsed.ok ? parsed.range : defaultRange();
  const team = can(member.role, "manage-budgets");
  // Daily sums kept as work is made: the same at any history (lib/db/usage-days.ts).
  const s = await usageSummary({ teamId: member.team.id, userId: team ? undefined : member.user.id, range });
  const csv = `/api/usage/csv?from=${range.from}&to=${range.to}`;
  const sections = [
    ["person", "Person", s.byPerson],
    ["model", "Model", s.byModel],
    ["provider", "Provider", s.byProvider],
    ["project", "Project", s.byProject],
  ] as const;

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-5xl space-y-8 px-6 py-8">
        <header className="flex flex-wrap items-end justify-between gap-4">
          <div className="space-y-1">
            <h1 className="text-xl font-semibold">Usage</h1>
            <p className="text-sm text-muted">{team ? `What ${member.team.name} spent` : "What you spent in this team"}, {range.from} to {range.to} (UTC).</p>
          </div>
          <form className="flex items-end gap-2 text-sm" action="/usage">
            <label className="space-y-1">
              <span className="block text-xs text-muted">From</span>
              <input type="date" name="from" defaultValue={range.from} className="rounded border border-line bg-raised px-2 py-1" />
            </label>
            <label className="space-y-1">
              <span className="block text-xs text-muted">To</span>
              <input type="date" name="to" defaultValue={range.to} className="rounded border border-line bg-raised px-2 py-1" />
            </label>
            <button className="rounded border border-line bg-raised px-3 py-1">Show</button>
            <a href={csv} className="rounded border border-line px-3 py-1" data-testid="usage-csv" download>
              CSV
            </a>
          </form>
        </header>
        {!parsed.ok && <p role="alert" className="text-sm text-danger">{parsed.error} Showing this month instead.</p>}
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4" data-testid="usage-totals">
          <Stat label="Spend" value={s.total.unknown > 0 ? `≥ ${formatUsd(s.total.usd)}` : formatUsd(s.total.usd)} />
          <Stat label="Generations" value={String(s.total.generations)} />
          <Stat label="Tokens" value={s.total.tokens.toLocaleString("en")} />
          <Stat label="Cost unknown" value={String(s.total.unknown)} hint="May have been billed: no usage reported, or stopped while the provider had it." />
        </dl>
        <p className="text-sm text-muted" data-testid="usage-estimates">
          {s.estimatedVsActual.generations > 0
            ? `Estimated ${formatUsd(s.estimatedVsActual.estimatedUsd)} against an actual ${formatUsd(s.estimatedVsActual.actualUsd)} over ${s.estimatedVsActual.generations} generation${s.estimatedVsActual.generations === 1 ? "" : "s"} with both.`
            : "No generation in this range has both an estimate and an actual cost."}
        </p>
        <section aria-label="Per day" className="space-y-2">
          <h2 className="text-lg font-semibold">Per day</h2>
          <DailySpendChart days={s.byDay} />
          <UsageTable title="Day" buckets={s.byDay} testId="usage-days" />
        </section>
        {sections.map(([key, title, buckets]) => (
          <section key={key} aria-label={`Per ${key}`} className="space-y-2">
            <h2 className="text-lg font-semibold">Per {key}</h2>
            <BreakdownChart title={key} buckets={buckets} />
            <UsageTable title={title} buckets={buckets} testId={`usage-${key}`} />
          </section>
        ))}
      </div>
    </div>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg border border-line bg-surface p-3">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
      {/* Shown, not a hover tooltip: a phone or a keyboard reaches it too. */}
      {hint && <dd className="mt-1 text-xs text-muted">{hint}</dd>}
    </div>
  );
}
