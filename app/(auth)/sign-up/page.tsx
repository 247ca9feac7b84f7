import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { afterSignInPath } from "@/lib/auth/safe-redirect";
import { inviteTokenSchema } from "@/lib/auth/schemas";
import { currentSession } from "@/lib/auth/session";
import { findInvite } from "@/lib/db/invites";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const token = inviteTokenSchema.safeParse((await searchParams).invite).data;
  if (await currentSession()) redirect(afterSignInPath(token));
  const invite = token ? await findInvite(token) : null;
  const joining = invite?.state === "valid" ? { token: token!, teamName: invite.team.name } : undefined;
  return (
    <AuthCard
      title={joining ? `Join ${joining.teamName}` : "Create your account"}
      subtitle={joining ? `You were invited as ${invite!.role}.` : "You get a team of your own; invite people to it later."}
    >
      <SignUpForm invite={joining} />
    </AuthCard>
  );
}
