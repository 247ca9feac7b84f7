// The bar above every page: where you are, which provider answers, and the month's spend.
// Below the xl breakpoint (1280 px) it keeps the name, the bell and a menu button; the rest moves into
// the menu (mobile-menu.tsx), so nothing is pushed off a phone's or tablet's screen.
import Link from "next/link";
import type { TopBarData } from "@/lib/views/top-bar";
import { ActivityLink } from "./activity-link";
import { ProviderBadge } from "./bar-status";
import { LiveMonthSpend } from "./live-spend";
import { MobileMenu } from "./mobile-menu";
import { NavLinks } from "./nav-links";
import { TeamSwitcher } from "./team-switcher";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export function TopBar({ bar }: { bar: TopBarData }) {
  const { user } = bar;
  return (
    <header className="flex h-topbar shrink-0 items-center gap-4 border-b border-line bg-surface px-3">
      <Link href="/studio" className="flex items-center gap-2 font-semibold tracking-tight">
        <span aria-hidden className="grid size-6 place-items-center rounded bg-accent text-xs text-accent-fg">F</span>
        Fresco
      </Link>
      <div className="hidden items-center gap-4 xl:flex">
        <TeamSwitcher current={bar.currentTeamId} teams={bar.teams} />
        <NavLinks />
      </div>
      <div className="ml-auto flex items-center gap-3 text-sm">
        <div className="hidden items-center gap-3 xl:flex">
          <ProviderBadge host={bar.providerHost} />
          <LiveMonthSpend spend={bar.spend} />
        </div>
        <ActivityLink unread={bar.unread} />
        <div className="hidden items-center gap-3 xl:flex">
          <ThemeToggle />
          <UserMenu name={user.name} email={user.email} role={user.role} />
        </div>
        <MobileMenu>
          <TeamSwitcher current={bar.currentTeamId} teams={bar.teams} />
          <NavLinks vertical />
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <ProviderBadge host={bar.providerHost} />
            <LiveMonthSpend spend={bar.spend} align="start" />
          </div>
          <div className="flex items-center justify-between gap-3 border-t border-line pt-3">
            <ThemeToggle withLabel />
            <UserMenu name={user.name} email={user.email} role={user.role} detailed />
          </div>
        </MobileMenu>
      </div>
    </header>
  );
}
