"use client";

// Which of the team's providers the work goes to: shown only when the team has several.
import type { ProviderChoice } from "@/lib/provider/limits";

export function ProviderPicker({ providers, value, onChange }: { providers: ProviderChoice[]; value: string | null; onChange: (id: string) => void }) {
  if (providers.length < 2) return null;
  return (
    <div className="space-y-1.5">
      <label htmlFor="provider" className="text-xs font-medium text-muted">
        Provider
      </label>
      <select
        id="provider"
        data-testid="provider"
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value)}
        className="w-full rounded border border-line bg-raised px-2 py-1.5 focus:border-accent focus:outline-none"
      >
        {providers.map((p) => (
          <option key={p.id} value={p.id ?? ""}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
