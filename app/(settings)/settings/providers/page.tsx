import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProviderForm } from "@/components/settings/providers/provider-form";
import { ProviderList } from "@/components/settings/providers/provider-list";
import { requirePageMember } from "@/lib/auth/page";
import { listProviders } from "@/lib/db/providers";
import { can } from "@/lib/permissions";
import { environmentProviderLabel } from "@/lib/provider/settings";

export const metadata: Metadata = { title: "Providers" };

// Owners and admins only: for anyone else the page does not exist (no form, no names, no last four).
export default async function ProvidersPage() {
  const member = await requirePageMember();
  if (!can(member.role, "manage-providers")) notFound();
  const providers = await listProviders({ teamId: member.team.id });

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-3xl space-y-10 px-6 py-8">
        <header className="space-y-1">
          <h1 className="text-xl font-semibold">Providers</h1>
          <p className="text-sm text-muted">
            Where {member.team.name}&apos;s images come from. Keys are stored encrypted and shown only by their last four characters.
            Without a provider of its own the team uses {environmentProviderLabel()}.
          </p>
        </header>
        <ProviderList providers={providers} />
        <ProviderForm />
      </div>
    </div>
  );
}
