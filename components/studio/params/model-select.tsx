"use client";

import { MODELS, modelsFor, type Endpoint, type ModelId, isModelId } from "@/lib/images/models";

/** The models the endpoint takes: chatgpt-image-latest is offered for edits only. */
export function ModelSelect({ endpoint, value, onChange, only }: { endpoint: Endpoint; value: ModelId; onChange: (m: ModelId) => void; only?: readonly string[] | null }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor="model" className="text-xs font-medium text-muted">
        Model
      </label>
      <select
        id="model"
        data-testid="model"
        value={value}
        onChange={(e) => isModelId(e.target.value) && onChange(e.target.value)}
        className="w-full rounded border border-line bg-raised px-2 py-1.5 focus:border-accent focus:outline-none"
      >
        {modelsFor(endpoint).filter((id) => !only || only.includes(id)).map((id) => (
          <option key={id} value={id}>
            {MODELS[id].label}
          </option>
        ))}
      </select>
    </div>
  );
}
