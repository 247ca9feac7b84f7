import { AppShell } from "@/components/layout/app-shell";
import { requirePageMember } from "@/lib/auth/page";
import { loadTopBarData } from "@/lib/teams/top-bar-data";

export default async function Layout({ children }: { children: React.ReactNode }) {
  return <AppShell bar={await loadTopBarData(await requirePageMember())}>{children}</AppShell>;
}
