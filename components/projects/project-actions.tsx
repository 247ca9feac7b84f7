"use client";

// What a person can do with one project: open it in the studio, rename it, delete it (only an
// empty project that is nobody's starting one). Rendered on /projects cards and /projects/[id].
import { Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { deleteProjectAction } from "@/lib/actions/projects/delete-project";
import { ConfirmDialog } from "@/components/team/confirm-dialog";
import { Button } from "@/components/ui/button";
import { OpenInStudioButton } from "./open-in-studio-button";
import { RenameProjectForm } from "./rename-project-form";

export interface ProjectActionsProps {
  project: { id: string; name: string; defaultForId: string | null; generations: number };
  /** Its creator (a starting project's person), an admin or an owner. */
  canManage: boolean;
  /** Whether the person may delete at all (their role has delete-own). */
  canDelete: boolean;
  /** On a card: rename and delete as icons, so the row fits. */
  compact?: boolean;
}

export function ProjectActions({ project, canManage, canDelete, compact = false }: ProjectActionsProps) {
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "rename" | "delete">("idle");
  const del = useAction(deleteProjectAction, {
    onSuccess: () => {
      toast.success(`${project.name} was deleted.`);
      setMode("idle");
      router.push("/projects");
      router.refresh();
    },
  });
  if (mode === "rename") return <RenameProjectForm projectId={project.id} name={project.name} onDone={() => setMode("idle")} />;

  const deletable = canManage && canDelete && project.defaultForId === null;
  const why = project.generations > 0 ? "Move its work to another project first: only an empty project can be deleted." : undefined;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="project-actions">
      <OpenInStudioButton projectId={project.id} />
      {canManage && (
        <Button variant="ghost" onClick={() => setMode("rename")} aria-label={`Rename ${project.name}`} title="Rename" data-testid="project-rename">
          <Pencil className="size-3.5" aria-hidden /> {!compact && "Rename"}
        </Button>
      )}
      {deletable && (
        <Button
          variant="ghost"
          className="text-danger hover:text-danger"
          disabled={project.generations > 0}
          title={why ?? "Delete"}
          aria-label={`Delete ${project.name}`}
          onClick={() => setMode("delete")}
          data-testid="project-delete"
        >
          <Trash2 className="size-3.5" aria-hidden /> {!compact && "Delete"}
        </Button>
      )}
      {mode === "delete" && (
        <ConfirmDialog
          title={`Delete ${project.name}?`}
          confirmLabel="Delete project"
          onConfirm={() => del.execute({ projectId: project.id })}
          onClose={() => setMode("idle")}
          pending={del.isPending}
          error={del.result.serverError}
        >
          <p>The project is empty, so nothing else is deleted. Anyone working in it moves to their own project.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
