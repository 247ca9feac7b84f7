import type { Metadata } from "next";
import { StudioShell } from "@/components/studio/studio-shell";
import { requirePageMember } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { listGenerations } from "@/lib/db/queries";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const member = await requirePageMember();
  const recent = await listGenerations({ teamId: member.team.id, take: 20 });
  return <StudioShell initial={recent} canGenerate={can(member.role, "generate")} />;
}
