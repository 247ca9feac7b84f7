"use client";

// The studio's project, at the top of its left pane: what new work goes into, a menu to work
// in another project or start one, and a link to the project's history.
import { History } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { chooseProjectAction } from "@/lib/actions/projects/choose-project";
import type { CurrentProject } from "@/lib/views/project";
import { NewProjectInline } from "./new-project-inline";

const NEW_PROJECT = "__new__";

export function ProjectSwitcher(props: { current: CurrentProject; projects: CurrentProject[]; canCreate: boolean }) {
  const router = useRouter();
  const [creating, setCreating] = useState(false);
  const { execute, isPending } = useAction(chooseProjectAction, {
    // The page reads the project's recent work again; the results rail follows it.
    onSuccess: () => router.refresh(),
    onError: ({ error }) => toast.error(error.serverError ?? "Could not switch projects."),
  });
  // The current project is always in the menu, even if the list was read before it existed.
  const options = props.projects.some((p) => p.id === props.current.id) ? props.projects : [props.current, ...props.projects];

  return (
    <div className="space-y-2 border-b border-line px-4 py-3" data-testid="project-switcher">
      <div className="flex items-center gap-2">
        <label className="flex min-w-0 flex-1 items-center gap-2 text-sm">
          <span className="shrink-0 text-xs font-medium uppercase tracking-wide text-muted">Project</span>
          <select
            data-testid="project-select"
            value={props.current.id}
            disabled={isPending}
            onChange={(e) => (e.target.value === NEW_PROJECT ? setCreating(true) : execute({ projectId: e.target.value }))}
            className="min-w-0 flex-1 truncate rounded border border-line bg-raised px-2 py-1 text-sm font-medium focus:border-accent focus:outline-none"
          >
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
            {props.canCreate && <option value={NEW_PROJECT}>+ New project…</option>}
          </select>
        </label>
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
