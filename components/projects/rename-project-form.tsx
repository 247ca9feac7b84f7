"use client";

// A project's name, edited in place; the same rule as the server (lib/views/project.ts).
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { renameProjectAction } from "@/lib/actions/projects/rename-project";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { PROJECT_NAME_MAX } from "@/lib/views/project";

export function RenameProjectForm(props: { projectId: string; name: string; onDone: () => void }) {
  const router = useRouter();
  const [value, setValue] = useState(props.name);
  const { execute, result, isPending } = useAction(renameProjectAction, {
    onSuccess: ({ data }) => {
      toast.success(`Renamed to ${data?.project.name ?? value.trim()}.`);
      router.refresh();
      props.onDone();
    },
  });
  return (
    <form
      aria-label="Rename project"
      className="flex items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim() === props.name) props.onDone();
        else execute({ projectId: props.projectId, name: value });
      }}
      onKeyDown={(e) => e.key === "Escape" && props.onDone()}
    >
      <div className="min-w-0 flex-1">
        <Field
          label="New name"
          value={value}
          maxLength={PROJECT_NAME_MAX + 20}
          autoFocus
          data-testid="project-rename-input"
          onChange={(e) => setValue(e.target.value)}
          error={fieldErrors(result.validationErrors).name ?? result.serverError}
        />
      </div>
      <Button type="submit" variant="primary" className="mt-6 py-2" disabled={isPending} data-testid="project-rename-save">
        {isPending ? "Saving…" : "Save"}
      </Button>
      <Button className="mt-6 py-2" onClick={props.onDone} disabled={isPending}>
        Cancel
      </Button>
    </form>
  );
}
