// The 80 % warning in the studio: one line per budget past it (lib/views/budget-warning.ts).
export function BudgetBanner({ warnings }: { warnings: string[] }) {
  return (
    <div role="status" data-testid="budget-banner" className="border-b border-line bg-accent/10 px-4 py-2 text-sm">
      {warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
    </div>
  );
}
