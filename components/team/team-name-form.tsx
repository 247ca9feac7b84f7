"use client";

// The team's name: editable by owners and admins, shown read-only to everyone else.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { renameTeamAction } from "@/lib/actions/teams/rename-team";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { SettingsSection } from "./settings-section";

export function TeamNameForm({ name, canEdit }: { name: string; canEdit: boolean }) {
  const [value, setValue] = useState(name);
  const { execute, result, isPending } = useAction(renameTeamAction, {
    onSuccess: ({ data }) => toast.success(`The team is now called ${data?.name ?? value.trim()}.`),
  });
  const unchanged = value.trim() === name;

  return (
    <SettingsSection
      title="Team name"
      description={canEdit ? "Shown in the top bar and in invitations." : "Only owners and admins can rename the team."}
    >
      <div className="rounded-lg border border-line bg-surface p-4">
        {canEdit ? (
          <form
            aria-label="Team name"
            className="flex items-start gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (!unchanged) execute({ name: value });
            }}
          >
            <div className="flex-1">
              <Field
                label="Name"
                value={value}
                maxLength={60}
                required
                data-testid="team-name"
                onChange={(e) => setValue(e.target.value)}
                error={fieldErrors(result.validationErrors).name ?? result.serverError}
              />
            </div>
            <Button type="submit" variant="primary" className="mt-6 py-2" disabled={unchanged || isPending} data-testid="rename-team">
              {isPending ? "Saving…" : "Save"}
            </Button>
          </form>
        ) : (
          <div className="space-y-1.5">
            <p className="text-xs font-medium text-muted">Name</p>
            <p className="text-base" data-testid="team-name">
              {name}
            </p>
          </div>
        )}
      </div>
    </SettingsSection>
  );
}
