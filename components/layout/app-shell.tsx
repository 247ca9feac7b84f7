import type { TopBarData } from "@/lib/views/top-bar";
import { SkipLink } from "./skip-link";
import { TopBar } from "./top-bar";

/**
 * Every signed-in page: the top bar, then the page filling the rest of the window. The frame
 * clips instead of scrolling (`overflow-clip` is no scroll container), so focusing a control
 * that sits past an edge scrolls only the pane that holds it, never the whole app by a few pixels.
 */
export function AppShell({ bar, children }: { bar: TopBarData; children: React.ReactNode }) {
  return (
    <div className="relative flex h-dvh flex-col overflow-clip">
      <SkipLink />
      <TopBar bar={bar} />
      <main id="main" tabIndex={-1} className="min-h-0 flex-1 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
