import { TopBar } from "./top-bar";

/** Every signed-in page: the top bar, then the page filling the rest of the window. */
export function AppShell({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex h-dvh flex-col">
      <TopBar />
      <div className="min-h-0 flex-1">{children}</div>
    </div>
  );
}
