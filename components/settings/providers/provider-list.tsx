"use client";

// The team's providers: which is the default, each key by its last four, and per provider
// Test connection (with what it found), Make default, Edit and Remove.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { removeProviderAction } from "@/lib/actions/providers/remove-provider";
import { setDefaultProviderAction } from "@/lib/actions/providers/set-default-provider";
import { testProviderAction } from "@/lib/actions/providers/test-provider";
import type { ProviderRow } from "@/lib/views/providers";
import { PRESETS } from "@/lib/provider/presets";
import { Button } from "@/components/ui/button";
import { SettingsSection } from "@/components/team/settings-section";
import { ProviderForm } from "./provider-form";

export function ProviderList({ providers }: { providers: ProviderRow[] }) {
  return (
    <SettingsSection title="The team's providers" description="New work goes to the default provider.">
      {providers.length === 0 ? (
        <p className="rounded-lg border border-line bg-surface p-4 text-sm text-muted" data-testid="no-providers">
          None yet: the environment&apos;s default is used.
        </p>
      ) : (
        <ul className="space-y-3">
          {providers.map((p) => (
            <ProviderItem key={p.id} provider={p} />
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}

function ProviderItem({ provider: p }: { provider: ProviderRow }) {
  const [editing, setEditing] = useState(false);
  const test = useAction(testProviderAction);
  const makeDefault = useAction(setDefaultProviderAction, { onSuccess: () => toast.success(`${p.name} is now the default.`) });
  const remove = useAction(removeProviderAction, { onSuccess: () => toast.success(`${p.name} removed.`) });
  const report = test.result.data?.report;
  const error = test.result.serverError ?? makeDefault.result.serverError ?? remove.result.serverError;

  if (editing) return <li><ProviderForm editing={p} onDone={() => setEditing(false)} /></li>;
  return (
    <li className="space-y-2 rounded-lg border border-line bg-surface p-4" data-testid="provider" data-provider-name={p.name}>
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-0.5">
          <p className="font-medium">
            {p.name} {p.isDefault && <span className="ml-1 rounded bg-raised px-1.5 py-0.5 text-xs text-muted" data-testid="provider-default">Default</span>}
          </p>
          <p className="text-xs text-muted">
            {`${PRESETS[p.preset]?.label ?? p.preset} · ${p.baseURL} · key …${p.keyLast4}`}
          </p>
          <p className="text-xs text-muted">{p.models.join(", ")}</p>
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => test.execute({ providerId: p.id })} disabled={test.isPending} data-testid="test-provider">
            {test.isPending ? "Testing…" : "Test connection"}
          </Button>
          {!p.isDefault && (
            <Button onClick={() => makeDefault.execute({ providerId: p.id })} disabled={makeDefault.isPending} data-testid="default-provider">
              Make default
            </Button>
          )}
          <Button onClick={() => setEditing(true)}>Edit</Button>
          <Button variant="danger" onClick={() => confirm(`Remove ${p.name}?`) && remove.execute({ providerId: p.id })} data-testid="remove-provider">
            Remove
          </Button>
        </div>
      </div>
      {report && (
        <p role="status" data-testid="provider-test-result" className={`text-sm ${report.reachable && report.keyAccepted !== false ? "text-fg" : "text-danger"}`}>
          {report.summary}
        </p>
      )}
      {error && <p role="alert" className="text-sm text-danger">{error}</p>}
    </li>
  );
}
