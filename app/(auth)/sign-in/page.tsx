import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OtherSignIn } from "@/components/auth/other-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { configuredProviders } from "@/lib/auth/config";
import { afterSignInPath } from "@/lib/auth/safe-redirect";
import { inviteTokenSchema } from "@/lib/auth/schemas";
import { currentSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ invite?: string; "check-email"?: string }> }) {
  const params = await searchParams;
  // A link that is not an invitation's is ignored, never put into a redirect or a link.
  const invite = inviteTokenSchema.safeParse(params.invite).data;
  if (await currentSession()) redirect(afterSignInPath(invite));
  return (
    <AuthCard title="Sign in to Fresco" subtitle="Your team's image studio.">
      {params["check-email"] ? (
        <p className="text-sm" role="status">
          Check your email: we sent you a sign-in link.
        </p>
      ) : (
        <div className="space-y-4">
          <SignInForm invite={invite} />
          <OtherSignIn {...configuredProviders()} />
        </div>
      )}
    </AuthCard>
  );
}
