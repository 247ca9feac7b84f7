import type { TopBarData } from "@/lib/views/top-bar";
import { TopBar } from "./top-bar";

/** Every signed-in page: the top bar, then the page filling the rest of the window. */
export function AppShell({ bar, children }: { bar: TopBarData; children: React.ReactNode }) {
  return (
    <div className="flex h-dvh flex-col">
      <TopBar bar={bar} />
      <div className="min-h-0 flex-1">{children}</div>
    </div>
  );
}
