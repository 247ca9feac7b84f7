import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PriceList } from "@/components/settings/prices/price-list";
import { PricePresets } from "@/components/settings/prices/price-presets";
import { PriceRowForm } from "@/components/settings/prices/price-row-form";
import { SettingsSection } from "@/components/team/settings-section";
import { requirePageMember } from "@/lib/auth/page";
import { listPriceRows } from "@/lib/db/price-tables";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Prices" };

// Owners and admins only: prices decide every cost and budget the team sees.
export default async function PricesPage() {
  const member = await requirePageMember();
  if (!can(member.role, "manage-budgets")) notFound();
  const rows = await listPriceRows({ teamId: member.team.id });
  const now = new Date().toISOString();

  return (
    <div className="h-full overflow-y-auto">
      <div className="mx-auto max-w-5xl space-y-10 px-6 py-8">
        <header className="space-y-1">
          <h1 className="text-xl font-semibold">Prices</h1>
          <p className="text-sm text-muted">
            What {member.team.name}&apos;s providers charge per 1M tokens. A new row takes over from its date; a generation keeps the row it was
            priced with. A model without a price costs “unknown”, never $0.
          </p>
        </header>
        <SettingsSection title="Published price lists" description="Add a provider's list as the team's own rows from a date.">
          <PricePresets today={now.slice(0, 10)} />
        </SettingsSection>
        <SettingsSection title="Price rows" description="The provider name is the one its generations are priced under (openai, cometapi, …).">
          <PriceList rows={rows} now={now} />
        </SettingsSection>
        <SettingsSection title="Add prices" description="For one provider and model, from a date.">
          <PriceRowForm today={now.slice(0, 10)} />
        </SettingsSection>
      </div>
    </div>
  );
}
