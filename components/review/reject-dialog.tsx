"use client";

// Rejecting asks why: the reason is what the image's author sees next to the state.
import { useState } from "react";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { REASON_MAX } from "@/lib/views/review";

export function RejectDialog(props: { onReject: (reason: string) => void; onClose: () => void; pending: boolean; error?: string }) {
  const [reason, setReason] = useState("");
  return (
    <ConfirmDialog
      title="Reject this image"
      confirmLabel="Reject"
      tone="danger"
      onConfirm={() => props.onReject(reason)}
      onClose={props.onClose}
      pending={props.pending}
      error={props.error}
    >
      <label className="block space-y-1.5">
        <span className="text-xs font-medium text-fg">Why? Its author sees this.</span>
        <textarea
          data-autofocus
          data-testid="reject-reason"
          value={reason}
          maxLength={REASON_MAX}
          rows={3}
          onChange={(e) => setReason(e.target.value)}
          className="w-full rounded border border-line bg-raised px-2 py-1.5 text-sm text-fg focus:border-accent focus:outline-none"
        />
      </label>
    </ConfirmDialog>
  );
}
