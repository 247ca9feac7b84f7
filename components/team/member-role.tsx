"use client";

// A member's role: a select for those who may change it, a plain label for everyone else.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { changeRoleAction } from "@/lib/actions/teams/change-role";
import { isRole, ROLE_LABELS, type Role } from "@/lib/permissions";

export function MemberRole(props: { membershipId: string; name: string; role: Role; options: Role[] | null; reason?: string }) {
  // Shows the chosen role while the server works; the row remounts with the saved role after.
  const [value, setValue] = useState<Role>(props.role);
  const { execute, isPending } = useAction(changeRoleAction, {
    onSuccess: ({ data }) => data && toast.success(`${props.name} is now ${ROLE_LABELS[data.role].label.toLowerCase()}.`),
    onError: ({ error }) => {
      setValue(props.role);
      toast.error(error.serverError ?? `The role of ${props.name} could not be changed. Try again.`);
    },
  });

  if (!props.options) {
    return (
      <span data-testid="member-role" title={props.reason} className="w-28 rounded border border-transparent px-2 py-1 text-sm text-muted">
        {ROLE_LABELS[props.role].label}
      </span>
    );
  }
  return (
    <label className="w-28">
      <span className="sr-only">Role of {props.name}</span>
      <select
        data-testid="role-select"
        value={value}
        disabled={isPending}
        onChange={(e) => {
          const role = e.target.value;
          if (!isRole(role) || role === value) return;
          setValue(role);
          execute({ membershipId: props.membershipId, role });
        }}
        className="w-full rounded border border-line bg-raised px-2 py-1 text-sm focus:border-accent focus:outline-none disabled:opacity-60"
      >
        {props.options.map((role) => (
          <option key={role} value={role}>
            {ROLE_LABELS[role].label}
          </option>
        ))}
      </select>
    </label>
  );
}
