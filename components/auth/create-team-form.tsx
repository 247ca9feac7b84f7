"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { createTeamAction } from "@/lib/actions/teams/create-team";
import { Button } from "@/components/ui/button";
import { Field, fieldErrors } from "@/components/ui/field";

export function CreateTeamForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const { execute, result, isPending } = useAction(createTeamAction, { onSuccess: () => router.push("/studio") });
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        execute({ name });
      }}
    >
      <Field label="Team name" required value={name} onChange={(e) => setName(e.target.value)} error={fieldErrors(result.validationErrors).name} />
      {result.serverError && (
        <p role="alert" className="text-sm text-danger">
          {result.serverError}
        </p>
      )}
      <Button type="submit" variant="primary" className="w-full py-2" disabled={isPending}>
        Create team
      </Button>
    </form>
  );
}
