"use client";

// "New project" on /projects: a name, then the new project joins the list.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { createProjectAction } from "@/lib/actions/projects/create-project";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";
import { PROJECT_NAME_MAX } from "@/lib/views/project";

export function NewProjectForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const { execute, result, isPending, reset } = useAction(createProjectAction, {
    onSuccess: ({ data }) => {
      toast.success(`${data?.project.name ?? "The project"} is ready.`);
      setName("");
      router.refresh();
    },
  });
  return (
    <form
      aria-label="New project"
      className="flex items-start gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ name });
      }}
    >
      <div className="w-64">
        <Field
          label="New project"
          placeholder="Spring campaign"
          value={name}
          maxLength={PROJECT_NAME_MAX + 20}
          data-testid="new-project-name"
          onChange={(e) => {
            setName(e.target.value);
            if (result.validationErrors || result.serverError) reset();
          }}
          error={fieldErrors(result.validationErrors).name ?? result.serverError}
        />
      </div>
      <Button type="submit" variant="primary" className="mt-6 py-2" disabled={isPending} data-testid="new-project-create">
        {isPending ? "Creating…" : "Create"}
      </Button>
    </form>
  );
}
