import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { CreateTeamForm } from "@/components/auth/create-team-form";
import { resolveMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: "Welcome" };

/** For someone signed in without a team (new via GitHub/Google, or removed), or making another. */
export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ new?: string }> }) {
  const resolved = await resolveMember();
  if (resolved.status === "signed-out") redirect("/sign-in");
  const another = (await searchParams).new === "1";
  if (resolved.status === "member" && !another) redirect("/studio");
  return (
    <AuthCard
      title={another ? "Create another team" : "Create your team"}
      subtitle={
        another
          ? "You will switch to it; your other teams stay in the team menu."
          : "You are not in a team yet. Create one, or open an invitation link someone sent you."
      }
    >
      <CreateTeamForm />
    </AuthCard>
  );
}
