"use client";

// Makes the project the studio's current one, then opens the studio in it.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { chooseProjectAction } from "@/lib/actions/projects/choose-project";
import { Button } from "@/components/ui/button";

export function OpenInStudioButton({ projectId, className = "" }: { projectId: string; className?: string }) {
  const router = useRouter();
  const { execute, isPending } = useAction(chooseProjectAction, {
    onSuccess: () => router.push("/studio"),
    onError: ({ error }) => toast.error(error.serverError ?? "Could not open this project in the studio."),
  });
  return (
    <Button variant="primary" className={className} disabled={isPending} onClick={() => execute({ projectId })} data-testid="open-in-studio">
      {isPending ? "Opening…" : "Open in studio"}
    </Button>
  );
}
