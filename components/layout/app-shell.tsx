import type { Member } from "@/lib/auth/member";
import { TopBar } from "./top-bar";

/** Every signed-in page: the top bar, then the page filling the rest of the window. */
export function AppShell({ member, children }: { member: Member; children: React.ReactNode }) {
  return (
    <div className="flex h-dvh flex-col">
      <TopBar member={member} />
      <div className="min-h-0 flex-1">{children}</div>
    </div>
  );
}
