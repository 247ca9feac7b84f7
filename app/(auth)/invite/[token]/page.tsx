import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInviteButton } from "@/components/auth/accept-invite-button";
import { AuthCard } from "@/components/auth/auth-card";
import { inviteTokenSchema } from "@/lib/auth/schemas";
import { currentSession } from "@/lib/auth/session";
import { findInvite } from "@/lib/db/invites";
import { findMembership } from "@/lib/db/teams";

export const metadata: Metadata = { title: "Invitation" };

const INVALID: Record<string, string> = {
  expired: "This invitation has expired.",
  used: "This invitation has already been used.",
  revoked: "This invitation was withdrawn.",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Checked by its format before it goes into the links below.
  const valid = inviteTokenSchema.safeParse(token).success;
  const [invite, session] = await Promise.all([valid ? findInvite(token) : null, currentSession()]);

  if (!invite || invite.state !== "valid") {
    return (
      <AuthCard title="This link does not work" subtitle={invite ? INVALID[invite.state] : "This invitation link is not valid."}>
        <p className="text-sm text-muted">Ask the person who invited you for a new link.</p>
      </AuthCard>
    );
  }

  const title = `Join ${invite.team.name}`;
  const subtitle = `${invite.invitedBy ?? "A team admin"} invited you as ${invite.role}.`;
  if (!session) {
    return (
      <AuthCard title={title} subtitle={subtitle}>
        <div className="grid gap-2">
          <Link href={`/sign-up?invite=${token}`} className="rounded bg-accent px-3 py-2 text-center text-sm font-medium text-accent-fg hover:brightness-110">
            Create an account to join
          </Link>
          <Link href={`/sign-in?invite=${token}`} className="rounded border border-line px-3 py-2 text-center text-sm hover:border-muted">
            I already have an account
          </Link>
        </div>
      </AuthCard>
    );
  }

  const already = await findMembership(session.user.id, invite.team.id);
  return (
    <AuthCard title={title} subtitle={subtitle}>
      {already ? (
        <p className="text-sm">
          You are already in this team.{" "}
          <Link href="/studio" className="text-accent hover:underline">
            Go to the studio
          </Link>
        </p>
      ) : (
        <AcceptInviteButton token={token} teamName={invite.team.name} email={session.user.email} />
      )}
    </AuthCard>
  );
}
