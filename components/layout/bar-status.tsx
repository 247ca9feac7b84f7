// Which provider answers and what the month cost so far: in the top bar on wide screens, in
// the menu on narrow ones. Their explanations open by click, tap or keyboard (Toggletip).
import type { TopBarData } from "@/lib/views/top-bar";
import { Toggletip } from "@/components/ui/toggletip";

const OFFLINE =
  "No OPENAI_API_KEY is set: images come from Fresco's offline emulator of the Images API. Costs shown are what OpenAI would charge.";

export function ProviderBadge({ host }: { host: TopBarData["providerHost"] }) {
  if (host !== null) {
    return (
      <span data-testid="provider-badge" className="rounded-full border border-line px-2.5 py-0.5 text-xs text-muted">
        {host}
      </span>
    );
  }
  return (
    <Toggletip
      side="bottom"
      ariaLabel="Offline emulator: what this means"
      data-testid="provider-badge"
      underline={false}
      className="flex items-center gap-1.5 rounded-full border border-warning/40 bg-warning/10 px-2.5 py-0.5 text-xs font-medium text-warning"
      label={
        <>
          <span aria-hidden className="size-1.5 rounded-full bg-warning" />
          Offline emulator
        </>
      }
    >
      {OFFLINE}
    </Toggletip>
  );
}

export function MonthSpend({ spend, align }: { spend: TopBarData["spend"]; align?: "start" | "end" }) {
  return (
    <Toggletip
      side="bottom"
      align={align ?? "end"}
      ariaLabel={`${spend.amount} this month${spend.unknown ? `, ${spend.unknown}` : ""}: details`}
      data-testid="month-spend"
      className="text-muted"
      label={
        <>
          <span className="tabular-nums text-fg">{spend.amount}</span> this month
          {spend.unknown && <span className="text-warning"> ({spend.unknown})</span>}
        </>
      }
    >
      {spend.title}
    </Toggletip>
  );
}
