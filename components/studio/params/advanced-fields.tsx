"use client";

import { Segmented } from "@/components/ui/segmented";
import type { Moderation } from "@/lib/images/models";
import type { PanelParams } from "./use-prompt-params";

type Set = <K extends keyof PanelParams>(key: K, value: PanelParams[K]) => void;

/** Rarely changed fields: moderation strictness and the end-user id passed to the provider. */
export function AdvancedFields({ params, set }: { params: PanelParams; set: Set }) {
  return (
    <details className="group rounded-lg border border-line px-3 py-2">
      <summary className="cursor-pointer text-xs font-medium text-muted group-open:mb-3">Advanced</summary>
      <div className="space-y-3">
        <Segmented<Moderation>
          name="moderation"
          label="Moderation"
          value={params.moderation}
          onChange={(v) => set("moderation", v)}
          options={[
            { value: "auto", label: "Auto" },
            { value: "low", label: "Low", title: "Less restrictive filtering" },
          ]}
        />
        <div className="space-y-1.5">
          <label htmlFor="user" className="text-xs font-medium text-muted">
            End-user id (sent to the provider for abuse detection)
          </label>
          <input
            id="user"
            data-testid="user-id"
            value={params.user ?? ""}
            maxLength={256}
            placeholder="optional"
            onChange={(e) => set("user", e.target.value || undefined)}
            className="w-full rounded border border-line bg-raised px-2 py-1.5 text-sm focus:border-accent focus:outline-none"
          />
        </div>
      </div>
    </details>
  );
}
