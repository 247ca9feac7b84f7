import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OtherSignIn } from "@/components/auth/other-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { configuredProviders } from "@/lib/auth/config";
import { currentSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ invite?: string; "check-email"?: string }> }) {
  const params = await searchParams;
  if (await currentSession()) redirect(params.invite ? `/invite/${params.invite}` : "/studio");
  return (
    <AuthCard title="Sign in to Fresco" subtitle="Your team's image studio.">
      {params["check-email"] ? (
        <p className="text-sm" role="status">
          Check your email: we sent you a sign-in link.
        </p>
      ) : (
        <div className="space-y-4">
          <SignInForm invite={params.invite} />
          <OtherSignIn {...configuredProviders()} />
        </div>
      )}
    </AuthCard>
  );
}
