"use client";

// One person in the team: who they are, since when, their role, and a way to remove them.
import { UserMinus } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { removeMemberAction } from "@/lib/actions/teams/remove-member";
import { Button } from "@/components/ui/button";
import { assignableRoles } from "@/lib/permissions";
import { ConfirmDialog } from "./confirm-dialog";
import { MemberRole } from "./member-role";
import { formatDate, initials } from "./format";
import type { TeamMemberView, Viewer } from "./types";

export function MemberRow({ member, viewer, teamName }: { member: TeamMemberView; viewer: Viewer; teamName: string }) {
  const displayName = member.name ?? member.email;
  const [confirming, setConfirming] = useState(false);
  const { execute, result, isPending, reset } = useAction(removeMemberAction, {
    onSuccess: () => toast.success(`${displayName} was removed from ${teamName}.`),
  });
  const isYou = member.id === viewer.membershipId;
  // An admin may manage everyone but owners; only an owner touches an owner.
  const ownerOutOfReach = member.role === "owner" && viewer.role !== "owner";
  const editable = viewer.canManageMembers && !isYou && !ownerOutOfReach;

  return (
    <li data-testid="member-row" data-email={member.email} className="flex items-center gap-2 px-3 py-3 sm:gap-3 sm:px-4">
      <span aria-hidden className="grid size-8 shrink-0 place-items-center rounded-full bg-raised text-xs font-medium text-muted">
        {initials(member.name, member.email)}
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex items-center gap-2">
          <span className="truncate font-medium">{displayName}</span>
          {isYou && (
            <span data-testid="member-you" className="rounded-full bg-accent/15 px-1.5 py-px text-xs font-medium text-accent">
              you
            </span>
          )}
        </p>
        <p className="truncate text-xs text-muted">{member.email}</p>
      </div>
      <p className="hidden w-32 text-xs text-muted sm:block">
        Joined <time dateTime={member.joinedAt}>{formatDate(member.joinedAt)}</time>
      </p>
      <MemberRole
        key={member.role}
        membershipId={member.id}
        name={displayName}
        role={member.role}
        options={editable ? assignableRoles(viewer.role) : null}
        reason={viewer.canManageMembers && ownerOutOfReach ? "Only an owner can change an owner's role." : undefined}
      />
      {viewer.canManageMembers && (
        <div className="text-right sm:w-20">
          {editable && (
            <Button
              variant="ghost"
              className="px-2"
              aria-label={`Remove ${displayName} from the team`}
              data-testid="remove-member"
              onClick={() => setConfirming(true)}
            >
              <UserMinus className="size-4" aria-hidden />
              {/* On a phone the icon alone, so the name keeps its room; the button's label says it all. */}
              <span className="hidden sm:inline">Remove</span>
            </Button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Remove ${displayName}?`}
          confirmLabel="Remove member"
          pending={isPending}
          error={result.serverError}
          onConfirm={() => execute({ membershipId: member.id })}
          onClose={() => {
            setConfirming(false);
            reset();
          }}
        >
          <p>
            {displayName} loses access to {teamName} at once. What they made stays with the team. To bring them back, send
            a new invite.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
