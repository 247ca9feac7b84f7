import type { Metadata } from "next";
import { StudioShell } from "@/components/studio/studio-shell";
import { listGenerations } from "@/lib/db/queries";

export const metadata: Metadata = { title: "Studio" };
export const dynamic = "force-dynamic";

export default async function StudioPage() {
  const recent = await listGenerations({ take: 20 });
  return <StudioShell initial={recent} />;
}
