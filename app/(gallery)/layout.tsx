import { AppShell } from "@/components/layout/app-shell";
import { requirePageMember } from "@/lib/auth/page";

export default async function Layout({ children }: { children: React.ReactNode }) {
  return <AppShell member={await requirePageMember()}>{children}</AppShell>;
}
