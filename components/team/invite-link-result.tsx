"use client";

// The invitation link, shown once: only its hash is stored, so it cannot be shown again later.
import { Check, Copy, MailCheck, MailWarning } from "lucide-react";
import { useId, useState, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { formatDate } from "./format";

export interface CreatedInvite {
  token: string;
  expiresAt: string;
  email: string | null;
  emailStatus: "sent" | "failed" | "not-configured" | null;
}

// The link uses the address this page was opened at, the one the team already reaches Fresco by.
const subscribe = () => () => {};
const useOrigin = () => useSyncExternalStore(subscribe, () => window.location.origin, () => "");

export function InviteLinkResult({ invite, inviteDays }: { invite: CreatedInvite; inviteDays: number }) {
  const id = useId();
  const link = `${useOrigin()}/invite/${invite.token}`;
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
      toast.success("Invite link copied.");
    } catch {
      // Clipboard access needs a secure context or permission; selecting lets Ctrl+C do it.
      document.getElementById(id)?.focus();
      toast.error("Could not copy automatically. The link is selected: press Ctrl+C (⌘C) to copy it.");
    }
  }

  return (
    <div role="status" className="space-y-2 rounded-lg border border-accent/40 bg-accent/5 p-3">
      <label htmlFor={id} className="text-xs font-medium text-fg">
        Invite link: copy it now, it is shown only once
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={link}
          data-testid="invite-link"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-line bg-raised px-3 py-1.5 font-mono text-sm focus:border-accent focus:outline-none"
        />
        <Button onClick={() => void copy()} data-testid="copy-invite-link">
          {copied ? <Check className="size-4 text-success" aria-hidden /> : <Copy className="size-4" aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="text-xs text-muted">
        It works once and expires in {inviteDays} days, on {formatDate(invite.expiresAt)}. Anyone holding it can join, so send
        it only to the person you mean.
      </p>
      <EmailNote email={invite.email} status={invite.emailStatus} />
    </div>
  );
}

function EmailNote({ email, status }: { email: string | null; status: CreatedInvite["emailStatus"] }) {
  if (!email || !status) return null;
  if (status === "sent") {
    return (
      <p className="flex items-center gap-1.5 text-xs text-success">
        <MailCheck className="size-3.5" aria-hidden /> Also emailed to {email}.
      </p>
    );
  }
  return (
    <p className="flex items-center gap-1.5 text-xs text-warning">
      <MailWarning className="size-3.5" aria-hidden />
      {status === "failed"
        ? `The email to ${email} could not be sent. The link above still works: send it yourself.`
        : `Email is not set up on this server, so nothing was sent to ${email}. Send the link yourself.`}
    </p>
  );
}
