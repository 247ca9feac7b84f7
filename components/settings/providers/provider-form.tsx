"use client";

// Adding a provider from a preset (its base URL and models prefilled), or editing one: the key
// field is a password field, and when editing a blank key keeps the stored one.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { addProviderAction } from "@/lib/actions/providers/add-provider";
import { updateProviderAction } from "@/lib/actions/providers/update-provider";
import { getModel, MODEL_IDS, type ModelId } from "@/lib/images/models";
import { PRESET_IDS, PRESETS, type PresetId } from "@/lib/provider/presets";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { SettingsSection } from "@/components/team/settings-section";
import type { ProviderRow } from "@/lib/views/providers";

/** The provider being edited, as the settings page lists it. */
export type EditedProvider = Omit<ProviderRow, "isDefault">;

export function ProviderForm({ editing, onDone }: { editing?: EditedProvider; onDone?: () => void }) {
  const [preset, setPreset] = useState<PresetId>(editing?.preset ?? "cometapi");
  const [name, setName] = useState(editing?.name ?? PRESETS.cometapi.label);
  const [baseURL, setBaseURL] = useState(editing?.baseURL ?? PRESETS.cometapi.baseURL);
  const [key, setKey] = useState("");
  const [models, setModels] = useState<string[]>(editing?.models ?? [...PRESETS.cometapi.models]);
  const done = () => {
    setKey("");
    onDone?.();
  };
  const add = useAction(addProviderAction, { onSuccess: ({ data }) => (toast.success(`${data?.provider.name} added.`), done()) });
  const update = useAction(updateProviderAction, { onSuccess: ({ data }) => (toast.success(`${data?.provider.name} saved.`), done()) });
  const result = editing ? update.result : add.result;
  const errors = fieldErrors(result.validationErrors);
  const pending = add.isPending || update.isPending;

  function choosePreset(id: PresetId) {
    setPreset(id);
    setName(PRESETS[id].label);
    setBaseURL(PRESETS[id].baseURL);
    setModels([...PRESETS[id].models]);
  }

  const form = (
    <form
      aria-label={editing ? `Edit ${editing.name}` : "Add a provider"}
      className="space-y-4 rounded-lg border border-line bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = { name, baseURL, models: models as ModelId[] };
        if (editing) update.execute({ providerId: editing.id, ...input, key });
        else add.execute({ ...input, preset, key });
      }}
    >
      {!editing && (
        <label className="block space-y-1.5">
          <span className="text-xs font-medium text-muted">Preset</span>
          <select
            className="w-full rounded border border-line bg-raised px-3 py-2 text-base"
            value={preset}
            data-testid="provider-preset"
            onChange={(e) => choosePreset(e.target.value as PresetId)}
          >
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {PRESETS[id].label}
              </option>
            ))}
          </select>
        </label>
      )}
      <Field label="Name" value={name} maxLength={60} required data-testid="provider-name" onChange={(e) => setName(e.target.value)} error={errors.name} />
      <Field label="Base URL" value={baseURL} required data-testid="provider-base-url" onChange={(e) => setBaseURL(e.target.value)} error={errors.baseURL} placeholder="https://host/v1" />
      <Field
        label="API key"
        type="password"
        autoComplete="off"
        value={key}
        required={!editing}
        data-testid="provider-key"
        onChange={(e) => setKey(e.target.value)}
        error={errors.key}
        hint={editing ? `Stored key ends in ${editing.keyLast4}. Leave blank to keep it.` : "Stored encrypted; afterwards only its last four characters are shown."}
      />
      <fieldset className="space-y-1.5">
        <legend className="text-xs font-medium text-muted">Models it serves</legend>
        <div className="flex flex-wrap gap-3">
          {MODEL_IDS.map((id) => (
            <label key={id} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={models.includes(id)}
                onChange={(e) => setModels(e.target.checked ? [...models, id] : models.filter((m) => m !== id))}
              />
              {getModel(id).label}
            </label>
          ))}
        </div>
        {errors.models && <p className="text-xs text-danger" role="alert">{errors.models}</p>}
      </fieldset>
      {result.serverError && <p className="text-sm text-danger" role="alert">{result.serverError}</p>}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={pending} data-testid="save-provider">
          {pending ? "Saving…" : editing ? "Save" : "Add provider"}
        </Button>
        {editing && <Button onClick={onDone}>Cancel</Button>}
      </div>
    </form>
  );

  if (editing) return form;
  return (
    <SettingsSection title="Add a provider" description="Start from a preset: its address and models are filled in, and its limits apply to the prompt panel.">
      {form}
    </SettingsSection>
  );
}
