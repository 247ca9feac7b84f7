"use client";

// The bar that appears while images are selected: how many, and what to do with all of them.
// Every action answers per image; the toast says it in one line ("3 approved, 1 not in review").
import { Check, Download, FolderInput, Maximize2, Star, Trash2, X } from "lucide-react";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { EnlargeMenu } from "@/components/enlarge/enlarge-menu";
import { ProjectPicker } from "@/components/projects/project-picker";
import { Button } from "@/components/ui/button";
import { decideImagesAction } from "@/lib/actions/bulk/decide-images";
import { favouriteImagesAction } from "@/lib/actions/bulk/favourite-images";
import { moveImagesAction } from "@/lib/actions/bulk/move-images";
import { trashImagesAction } from "@/lib/actions/trash/trash-images";
import type { CurrentProject } from "@/lib/views/project";

export interface BulkBarProps {
  ids: string[];
  canDecide: boolean;
  /** May enlarge the selection (issue 17): the estimate for all of it comes first. */
  canGenerate?: boolean;
  /** The team's recently used few; the picker searches for the rest. */
  projects: { id: string; name: string }[];
  onClear: () => void;
  /** After a change: the grid reloads what the server now says. */
  onDone: () => void;
}

export function BulkBar({ ids, canDecide, canGenerate, projects, onClear, onDone }: BulkBarProps) {
  const [reason, setReason] = useState<string | null>(null);
  const [enlarging, setEnlarging] = useState(false);
  const [project, setProject] = useState<CurrentProject | null>(projects[0] ?? null);
  const hooks = {
    onSuccess: ({ data }: { data?: { summary: string } }) => (toast.success(data?.summary ?? "Done"), onDone()),
    onError: ({ error }: { error: { serverError?: string; validationErrors?: unknown } }) =>
      toast.error(error.serverError ?? (error.validationErrors ? "Check the selection and try again." : "That did not work: try again.")),
  };
  const decide = useAction(decideImagesAction, hooks);
  const favourite = useAction(favouriteImagesAction, hooks);
  const move = useAction(moveImagesAction, hooks);
  const trash = useAction(trashImagesAction, hooks);
  const busy = decide.isPending || favourite.isPending || move.isPending || trash.isPending;

  return (
    <div role="toolbar" aria-label="Selected images" data-testid="bulk-bar" className="fixed inset-x-0 bottom-4 z-30 mx-auto flex w-fit max-w-[95vw] flex-wrap items-center gap-2 rounded-xl border border-line bg-raised px-3 py-2 shadow-lg">
      <span className="px-1 text-sm tabular-nums" data-testid="bulk-count">
        {ids.length} selected
      </span>
      {canDecide && reason === null && (
        <>
          <Button variant="ghost" disabled={busy} onClick={() => decide.execute({ ids, decision: "approve" })} data-testid="bulk-approve">
            <Check className="size-4" aria-hidden /> Approve
          </Button>
          <Button variant="ghost" disabled={busy} onClick={() => setReason("")} data-testid="bulk-reject">
            Reject…
          </Button>
        </>
      )}
      {canDecide && reason !== null && (
        <form
          className="flex items-center gap-1"
          onSubmit={(e) => (e.preventDefault(), decide.execute({ ids, decision: "reject", reason }), setReason(null))}
        >
          <input autoFocus value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why (its authors see this)" aria-label="Reason for rejecting" className="h-8 rounded-md border border-line bg-surface px-2 text-sm" data-testid="bulk-reason" />
          <Button type="submit" variant="ghost" disabled={busy || !reason.trim()}>
            Reject
          </Button>
          <Button type="button" variant="ghost" onClick={() => setReason(null)}>
            Cancel
          </Button>
        </form>
      )}
      <Button variant="ghost" disabled={busy} onClick={() => favourite.execute({ ids, favourite: true })} data-testid="bulk-favourite">
        <Star className="size-4" aria-hidden /> Favourite
      </Button>
      {projects.length > 0 && (
        <span className="flex items-center gap-1">
          <ProjectPicker label="Move to" inline list="above" className="w-56 max-w-[60vw]" value={project} recent={projects} onChange={setProject} testId="bulk-move-target" />
          <Button variant="ghost" disabled={busy || !project} onClick={() => project && move.execute({ ids, projectId: project.id })} data-testid="bulk-move">
            <FolderInput className="size-4" aria-hidden /> Move
          </Button>
        </span>
      )}
      {/* A plain form: the browser saves the streamed zip itself (app/api/gallery/zip). */}
      <form method="post" action="/api/gallery/zip">
        <input type="hidden" name="ids" value={ids.join(",")} />
        <Button type="submit" variant="ghost" data-testid="bulk-zip">
          <Download className="size-4" aria-hidden /> Download zip
        </Button>
      </form>
      <Button variant="ghost" className="text-danger hover:text-danger" disabled={busy} onClick={() => trash.execute({ ids })} data-testid="bulk-trash">
        <Trash2 className="size-4" aria-hidden /> Delete
      </Button>
      {canGenerate && (
        <Button variant="ghost" disabled={busy || ids.length > 20} title={ids.length > 20 ? "Enlarge at most 20 images in one step." : undefined} onClick={() => setEnlarging((v) => !v)} aria-expanded={enlarging} data-testid="bulk-enlarge">
          <Maximize2 className="size-4" aria-hidden /> Enlarge…
        </Button>
      )}
      <Button variant="ghost" onClick={onClear} aria-label="Clear the selection (Escape)" data-testid="bulk-clear">
        <X className="size-4" aria-hidden />
      </Button>
      {enlarging && ids.length <= 20 && (
        <div className="absolute inset-x-0 bottom-full mb-2 w-[min(34rem,95vw)] shadow-lg">
          <EnlargeMenu key={ids.join(",")} imageIds={ids} onClose={() => setEnlarging(false)} onDone={() => (setEnlarging(false), onDone())} />
        </div>
      )}
    </div>
  );
}
