"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { deleteGenerationAction } from "@/lib/actions/generations/delete-generation";
import { Button } from "@/components/ui/button";

export function DeleteGenerationButton({ id }: { id: string }) {
  const router = useRouter();
  const { execute, isPending } = useAction(deleteGenerationAction, {
    onSuccess: () => {
      toast.success("Generation deleted");
      router.push("/gallery");
    },
    onError: ({ error }) => toast.error(error.serverError ?? "Could not delete this generation."),
  });
  return (
    <Button
      variant="ghost"
      className="w-full text-danger hover:text-danger"
      disabled={isPending}
      data-testid="delete-generation"
      onClick={() => {
        if (window.confirm("Delete this generation and its images for everyone in the team? This cannot be undone.")) execute({ id });
      }}
    >
      <Trash2 className="size-4" aria-hidden /> Delete generation
    </Button>
  );
}
