"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { acceptInviteAction } from "@/lib/actions/teams/accept-invite";
import { Button } from "@/components/ui/button";

export function AcceptInviteButton({ token, teamName, email }: { token: string; teamName: string; email: string }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(acceptInviteAction, { onSuccess: () => router.push("/studio") });
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">Signed in as {email}.</p>
      <Button variant="primary" className="w-full py-2" onClick={() => execute({ token })} disabled={isPending} data-testid="accept-invite">
        Join {teamName}
      </Button>
      {result.serverError && (
        <p role="alert" className="text-sm text-danger">
          {result.serverError}
        </p>
      )}
    </div>
  );
}
