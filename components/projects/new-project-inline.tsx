"use client";

// The switcher's "New project…": a name, and the studio moves into the new project at once.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { createProjectAction } from "@/lib/actions/projects/create-project";
import { Button } from "@/components/ui/button";
import { fieldErrors } from "@/components/ui/field";
import { PROJECT_NAME_MAX } from "@/lib/views/project";

export function NewProjectInline({ onDone }: { onDone: () => void }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const { execute, result, isPending } = useAction(createProjectAction, {
    onSuccess: () => {
      router.refresh();
      onDone();
    },
  });
  const error = fieldErrors(result.validationErrors).name ?? result.serverError;
  return (
    <form
      aria-label="New project"
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ name, choose: true });
      }}
      onKeyDown={(e) => e.key === "Escape" && onDone()}
    >
      <div className="flex gap-2">
        <input
          aria-label="New project's name"
          aria-invalid={Boolean(error)}
          placeholder="Name of the new project"
          value={name}
          maxLength={PROJECT_NAME_MAX + 20}
          autoFocus
          data-testid="switcher-new-name"
          onChange={(e) => setName(e.target.value)}
          className="min-w-0 flex-1 rounded border border-line bg-raised px-2 py-1 text-sm placeholder:text-muted/60 focus:border-accent focus:outline-none aria-[invalid=true]:border-danger"
        />
        <Button type="submit" variant="primary" disabled={isPending} data-testid="switcher-new-create">
          {isPending ? "…" : "Create"}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={isPending}>
          Cancel
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      )}
    </form>
  );
}
