"use client";

// "Move to project…" on a generation's page: another project of the team (a recent one, or any
// by typing its name), and optionally everything made from it (its descendants), so a version
// tree can move whole.
import { FolderInput } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { moveGenerationAction } from "@/lib/actions/projects/move-generation";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { Button } from "@/components/ui/button";
import { ProjectPicker } from "@/components/projects/project-picker";
import type { CurrentProject } from "@/lib/views/project";

/** `projects`: the team's recently used few (with none but the current one, there is nowhere to move). */
export function MoveToProject(props: { generationId: string; current: CurrentProject | null; projects: CurrentProject[] }) {
  const router = useRouter();
  const others = props.projects.filter((p) => p.id !== props.current?.id);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<CurrentProject | null>(others[0] ?? null);
  const [withDescendants, setWithDescendants] = useState(true);
  const { execute, result, isPending, reset } = useAction(moveGenerationAction, {
    onSuccess: ({ data }) => {
      const n = data?.moved ?? 1;
      toast.success(`Moved ${n === 1 ? "1 generation" : `${n} generations`} to ${data?.project.name ?? "the project"}.`);
      setOpen(false);
      router.refresh();
    },
  });
  if (others.length === 0) return null;

  return (
    <>
      <Button variant="ghost" className="w-full" onClick={() => (reset(), setOpen(true))} data-testid="move-to-project">
        <FolderInput className="size-4" aria-hidden /> Move to project…
      </Button>
      {open && (
        <ConfirmDialog
          title="Move to another project"
          confirmLabel="Move"
          tone="default"
          onConfirm={() => target && execute({ generationId: props.generationId, projectId: target.id, withDescendants })}
          onClose={() => setOpen(false)}
          pending={isPending}
          error={result.serverError}
        >
          <ProjectPicker
            label="Project"
            value={target}
            recent={others}
            exclude={props.current?.id}
            onChange={setTarget}
            list="inline"
            autoFocus
            testId="move-target"
          />
          <label className="flex items-center gap-2 text-fg">
            <input type="checkbox" checked={withDescendants} onChange={(e) => setWithDescendants(e.target.checked)} data-testid="move-descendants" />
            and everything made from it
          </label>
          <p className="text-xs">All of its images move together; re-runs and edits made from them move too when checked.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
