"use client";

// Makes an invitation link for a role, and emails it when an address is given and mail is set up.
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { createInviteAction } from "@/lib/actions/teams/create-invite";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { isRole, ROLE_LABELS, type Role } from "@/lib/permissions";
import { InviteLinkResult, type CreatedInvite } from "./invite-link-result";
import { SettingsSection } from "./settings-section";

export function InviteForm(props: { roles: Role[]; teamName: string; mailConfigured: boolean; inviteDays: number }) {
  const roleId = useId();
  const [role, setRole] = useState<Role>(props.roles.includes("member") ? "member" : (props.roles[0] ?? "viewer"));
  const [email, setEmail] = useState("");
  // Kept apart from the action's result so a later failed attempt does not hide a link not yet copied.
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const { execute, result, isPending } = useAction(createInviteAction, {
    onSuccess: ({ data }) => {
      if (data) setCreated(data);
      setEmail("");
    },
  });
  const errors = fieldErrors(result.validationErrors);

  return (
    <SettingsSection
      title="Invite people"
      description={`Create a link that lets one person join ${props.teamName} with the role you choose.`}
    >
      <div className="space-y-4 rounded-lg border border-line bg-surface p-4">
        <form
          aria-label="Invite people"
          className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-start"
          onSubmit={(e) => {
            e.preventDefault();
            execute({ role, email });
          }}
        >
          <div className="space-y-1.5">
            <label htmlFor={roleId} className="text-xs font-medium text-muted">
              Role
            </label>
            <select
              id={roleId}
              data-testid="invite-role"
              value={role}
              onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}
              className="w-full rounded border border-line bg-raised px-2 py-2 text-base focus:border-accent focus:outline-none"
            >
              {props.roles.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r].label}
                </option>
              ))}
            </select>
            <p className="text-xs text-muted">{ROLE_LABELS[role].description}</p>
          </div>
          <Field
            label="Email (optional)"
            type="email"
            value={email}
            placeholder="name@example.com"
            data-testid="invite-email"
            onChange={(e) => setEmail(e.target.value)}
            error={errors.email ?? errors.role}
            hint={props.mailConfigured ? "We email the link too." : "Email is not set up on this server: you share the link yourself."}
          />
          <Button type="submit" variant="primary" className="py-2 sm:mt-6" disabled={isPending} data-testid="create-invite">
            {isPending ? "Creating…" : "Create invite link"}
          </Button>
        </form>
        {result.serverError && (
          <p role="alert" className="text-sm text-danger">
            {result.serverError}
          </p>
        )}
        {created && <InviteLinkResult key={created.token} invite={created} inviteDays={props.inviteDays} />}
      </div>
    </SettingsSection>
  );
}
