"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { deleteGenerationAction } from "@/lib/actions/generations/delete-generation";
import { Button } from "@/components/ui/button";

export function DeleteGenerationButton({ id }: { id: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const { execute, isPending, result } = useAction(deleteGenerationAction, {
    onSuccess: () => {
      toast.success("Generation deleted");
      router.push("/gallery");
    },
    onError: ({ error }) => toast.error(error.serverError ?? "Could not delete this generation."),
  });
  return (
    <>
      <Button variant="ghost" className="w-full text-danger hover:text-danger" disabled={isPending} data-testid="delete-generation" onClick={() => setAsking(true)}>
        <Trash2 className="size-4" aria-hidden /> Delete generation
      </Button>
      {asking && (
        <ConfirmDialog
          title="Delete this generation?"
          confirmLabel="Delete generation"
          onConfirm={() => execute({ id })}
          onClose={() => setAsking(false)}
          pending={isPending}
          error={result.serverError}
        >
          <p>Its images are deleted for everyone in the team. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
