// A breakdown in words and exact figures, beside its chart: spend, tokens, generations, and how
// many of them cost an unknown amount (so the spend is then "at least").
import { formatUsd } from "@/lib/images/cost";
import type { UsageBucket } from "@/lib/views/usage";

export function UsageTable({ title, buckets, testId }: { title: string; buckets: UsageBucket[]; testId?: string }) {
  return (
    <table className="w-full text-sm" data-testid={testId}>
      <thead className="text-left text-xs text-muted">
        <tr>
          <th className="py-1 font-medium">{title}</th>
          <th className="py-1 text-right font-medium">Spend</th>
          <th className="py-1 text-right font-medium">Tokens</th>
          <th className="py-1 text-right font-medium">Generations</th>
          <th className="py-1 text-right font-medium">Cost unknown</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((b) => (
          // The row that sums the projects past the top ones (lib/views/usage-days.ts) reads as
          // a remainder, not as a project; the CSV lists each of them.
          <tr key={b.others ? "\u0000others" : b.key} className={b.others ? "border-t border-line text-muted" : "border-t border-line"}>
            <td className="py-1">{b.key}</td>
            <td className="py-1 text-right tabular-nums">{b.unknown > 0 ? `≥ ${formatUsd(b.usd)}` : formatUsd(b.usd)}</td>
            <td className="py-1 text-right tabular-nums">{b.tokens.toLocaleString("en")}</td>
            <td className="py-1 text-right tabular-nums">{b.generations}</td>
            <td className="py-1 text-right tabular-nums">{b.unknown || ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
