// The bar above every page: where you are, which provider answers, and the month's spend.
import Link from "next/link";
import type { TopBarData } from "@/lib/views/top-bar";
import { ActivityLink } from "./activity-link";
import { NavLinks } from "./nav-links";
import { TeamSwitcher } from "./team-switcher";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function TopBar({ bar }: { bar: TopBarData }) {
  const { providerHost: host, spend: label, user } = bar;
  return (
    <header className="flex h-topbar shrink-0 items-center gap-4 border-b border-line bg-surface px-3">
      <Link href="/studio" className="flex items-center gap-2 font-semibold tracking-tight" aria-label="Fresco home">
        <span aria-hidden className="grid size-6 place-items-center rounded bg-accent text-xs text-accent-fg">F</span>
        Fresco
      </Link>
      <TeamSwitcher current={bar.currentTeamId} teams={bar.teams} />
      <NavLinks />
      <div className="ml-auto flex items-center gap-3 text-sm">
        {host === null ? (
          <span
            data-testid="provider-badge"
            title="No OPENAI_API_KEY is set: images come from Fresco's offline emulator of the Images API. Costs shown are what OpenAI would charge."
            className="flex items-center gap-1.5 rounded-full border border-warning/40 bg-warning/10 px-2.5 py-0.5 text-xs font-medium text-warning"
          >
            <span aria-hidden className="size-1.5 rounded-full bg-warning" />
            Offline emulator
          </span>
        ) : (
          <span data-testid="provider-badge" className="rounded-full border border-line px-2.5 py-0.5 text-xs text-muted">
            {host}
          </span>
        )}
        <span className="text-muted" data-testid="month-spend" title={label.title}>
          <span className="tabular-nums text-fg">{label.amount}</span> this month
          {label.unknown && <span className="text-warning"> ({label.unknown})</span>}
        </span>
        <ActivityLink unread={bar.unread} />
        <ThemeToggle />
        <UserMenu name={user.name} email={user.email} role={user.role} />
      </div>
    </header>
  );
}
