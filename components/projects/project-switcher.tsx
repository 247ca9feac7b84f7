"use client";

// The studio's project, at the top of its left pane: what new work goes into, a menu to work
// in another project (the recent few, or any by typing its name) or start one, and a link to
// the project's history.
import { History } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { chooseProjectAction } from "@/lib/actions/projects/choose-project";
import type { CurrentProject } from "@/lib/views/project";
import { NewProjectInline } from "./new-project-inline";
import { ProjectPicker } from "./project-picker";

/** `projects`: the team's recently used few; the picker searches for the rest. */
export function ProjectSwitcher(props: { current: CurrentProject; projects: CurrentProject[]; canCreate: boolean }) {
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  const { execute, isPending } = useAction(chooseProjectAction, {
    // The page reads the project's recent work again; the results rail follows it.
    onSuccess: () => router.refresh(),
    onError: ({ error }) => toast.error(error.serverError ?? "Could not switch projects."),
  });
  return (
    <div className="space-y-2 border-b border-line px-4 py-3" data-testid="project-switcher">
      <div className="flex items-center gap-2">
        <ProjectPicker
          label="Project"
          inline
          className="min-w-0 flex-1"
          value={props.current}
          recent={props.projects}
          // Not disabled while it switches: the field keeps the keyboard's focus.
          onChange={(p) => p && !isPending && execute({ projectId: p.id })}
          onCreate={props.canCreate ? () => setCreating(true) : undefined}
          testId="project-select"
        />
        <Link
          href={`/projects/${props.current.id}`}
          className="inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-1 text-xs text-muted hover:bg-raised hover:text-fg"
          title={`${props.current.name}: its history`}
          data-testid="project-history-link"
        >
          <History className="size-3.5" aria-hidden /> History
        </Link>
      </div>
      {creating && <NewProjectInline onDone={() => setCreating(false)} />}
    </div>
  );
}
