// The price rows a team's costs can use, newest date first per provider and model: the team's
// own rows and the shared list prices. A row is never edited; a new one takes over from its date.
import type { PriceTableRow } from "@/lib/views/price-rows";

const KINDS = [
  ["textInPerM", "Text in"],
  ["cachedTextInPerM", "Cached text in"],
  ["imageInPerM", "Image in"],
  ["cachedImageInPerM", "Cached image in"],
  ["textOutPerM", "Text out"],
  ["imageOutPerM", "Image out"],
] as const;

export function PriceList({ rows, now }: { rows: PriceTableRow[]; now: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted">No prices yet: every cost reads “unknown” until one is added.</p>;
  return (
    // Focusable, so a keyboard can scroll the table sideways on a narrow screen.
    <div className="overflow-x-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label="Price table">
      <table className="w-full text-sm" data-testid="price-rows">
        <thead className="bg-surface text-left text-xs text-muted">
          <tr>
            <th className="px-3 py-2 font-medium">Provider · model</th>
            <th className="px-3 py-2 font-medium">From</th>
            {KINDS.map(([, label]) => (
              <th key={label} className="px-3 py-2 text-right font-medium">
                {label}
              </th>
            ))}
            <th className="px-3 py-2 text-right font-medium">Priced</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-line">
              <td className="px-3 py-2">
                {r.provider} · {r.model}
                <span className="ml-2 text-xs text-muted">{r.teamId ? "team" : "list price"}</span>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {r.takenAt.slice(0, 10)}
                {r.takenAt > now && <span className="ml-2 text-xs text-accent">upcoming</span>}
              </td>
              {KINDS.map(([key]) => (
                <td key={key} className="px-3 py-2 text-right tabular-nums">
                  {r[key] === null ? <span className="text-muted">unknown</span> : `$${r[key]}`}
                </td>
              ))}
              <td className="px-3 py-2 text-right tabular-nums text-muted">{r.used}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-line px-3 py-2 text-xs text-muted">USD per 1M tokens. “Priced” counts this team’s generations priced with the row.</p>
    </div>
  );
}
