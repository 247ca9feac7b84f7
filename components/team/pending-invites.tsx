"use client";

// Links made but not used yet. Revoking one makes it worthless at once.
import { Link2 } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { revokeInviteAction } from "@/lib/actions/teams/revoke-invite";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS } from "@/lib/permissions";
import { formatDate } from "./format";
import { SettingsSection } from "./settings-section";
import type { PendingInviteView } from "./types";

export function PendingInvites({ invites }: { invites: PendingInviteView[] }) {
  return (
    <SettingsSection title="Pending invites" description="Invitation links not used yet. Revoke one if it went to the wrong person.">
      {invites.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line px-4 py-6 text-center text-sm text-muted">
          No pending invites. Create an invite link above to bring someone into the team.
        </p>
      ) : (
        <ul aria-label="Pending invites" className="divide-y divide-line rounded-lg border border-line bg-surface">
          {invites.map((invite) => (
            <InviteRow key={invite.id} invite={invite} />
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}

function InviteRow({ invite }: { invite: PendingInviteView }) {
  const who = invite.email ?? "Anyone with the link";
  const { execute, isPending } = useAction(revokeInviteAction, {
    onSuccess: () => toast.success(invite.email ? `The invite for ${invite.email} was revoked.` : "The invite link was revoked."),
    onError: ({ error }) => toast.error(error.serverError ?? "The invite could not be revoked. Try again."),
  });
  return (
    <li data-testid="pending-invite" className="flex items-center gap-3 px-4 py-3">
      <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-raised text-muted">
        <Link2 className="size-4" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium">{who}</p>
        <p className="truncate text-xs text-muted">
          {invite.invitedBy ? `Invited by ${invite.invitedBy} · ` : ""}
          expires <time dateTime={invite.expiresAt}>{formatDate(invite.expiresAt)}</time>
        </p>
      </div>
      <span className="w-28 px-2 text-sm text-muted">{ROLE_LABELS[invite.role].label}</span>
      <Button
        variant="ghost"
        disabled={isPending}
        aria-label={`Revoke the invite for ${who}`}
        data-testid="revoke-invite"
        onClick={() => execute({ inviteId: invite.id })}
      >
        {isPending ? "Revoking…" : "Revoke"}
      </Button>
    </li>
  );
}
