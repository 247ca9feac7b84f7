"use client";

// Leaving the team (anyone) and deleting it (owners). Both ask first; both end in the studio,
// which then opens another team of theirs or the welcome page.
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import { leaveTeamAction } from "@/lib/actions/teams/leave-team";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "./confirm-dialog";
import { SettingsSection } from "./settings-section";

export function DangerZone(props: { teamName: string; canDelete: boolean; lastOwner: boolean }) {
  const [open, setOpen] = useState<"leave" | "delete" | null>(null);
  const leave = useAction(leaveTeamAction);
  const remove = useAction(deleteTeamAction);
  const close = () => {
    setOpen(null);
    leave.reset();
    remove.reset();
  };

  return (
    <SettingsSection title="Danger zone" tone="danger" description="These cannot be undone.">
      <div className="divide-y divide-line rounded-lg border border-danger/40 bg-surface">
        <Row
          title="Leave team"
          text={
            props.lastOwner
              ? `You are the only owner of ${props.teamName}. Make someone else an owner first, or delete the team.`
              : `You lose access to ${props.teamName} until someone invites you again.`
          }
        >
          <Button data-testid="leave-team" onClick={() => setOpen("leave")}>
            Leave team
          </Button>
        </Row>
        {props.canDelete && (
          <Row title="Delete team" text={`Deletes ${props.teamName} for everyone, with all its generations and images.`}>
            <Button variant="danger" data-testid="delete-team" onClick={() => setOpen("delete")}>
              Delete team
            </Button>
          </Row>
        )}
      </div>

      {open === "leave" && (
        <ConfirmDialog
          title={`Leave ${props.teamName}?`}
          confirmLabel="Leave team"
          pending={leave.isPending}
          error={leave.result.serverError}
          onConfirm={() => leave.execute({})}
          onClose={close}
        >
          <p>You lose access to its images and generations at once. To come back, you need a new invite.</p>
        </ConfirmDialog>
      )}
      {open === "delete" && (
        <ConfirmDialog
          title={`Delete ${props.teamName}?`}
          confirmLabel="Delete team forever"
          confirmText={props.teamName}
          pending={remove.isPending}
          error={remove.result.serverError ?? remove.result.validationErrors?.confirmName?._errors?.[0]}
          onConfirm={(typed) => remove.execute({ confirmName: typed })}
          onClose={close}
        >
          <p>
            Every member loses access, pending invites stop working, and all of the team&apos;s generations and image files are
            deleted. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </SettingsSection>
  );
}

function Row({ title, text, children }: { title: string; text: string; children: React.ReactNode }) {
  return (
    <div className="flex items-center justify-between gap-4 p-4">
      <div className="space-y-0.5">
        <h3 className="font-medium">{title}</h3>
        <p className="text-sm text-muted">{text}</p>
      </div>
      <div className="shrink-0">{children}</div>
    </div>
  );
}
