"use client";

// "Move to project…" on a generation's page: another project of the team, and optionally
// everything made from it (its descendants), so a version tree can move whole.
import { FolderInput } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { moveGenerationAction } from "@/lib/actions/projects/move-generation";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { Button } from "@/components/ui/button";
import type { CurrentProject } from "@/lib/views/project";

export function MoveToProject(props: { generationId: string; current: CurrentProject | null; projects: CurrentProject[] }) {
  const router = useRouter();
  const others = props.projects.filter((p) => p.id !== props.current?.id);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState(others[0]?.id ?? "");
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
          onConfirm={() => execute({ generationId: props.generationId, projectId: target, withDescendants })}
          onClose={() => setOpen(false)}
          pending={isPending}
          error={result.serverError}
        >
          <label className="block space-y-1.5">
            <span className="text-xs font-medium">Project</span>
            <select
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              data-testid="move-target"
              data-autofocus
              className="w-full rounded border border-line bg-raised px-2 py-1.5 text-sm text-fg focus:border-accent focus:outline-none"
            >
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
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
