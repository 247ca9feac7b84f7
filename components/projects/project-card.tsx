// One project on /projects: its cover, name, figures, and whose it is. The controls below the
// card are its own client component, so the card itself stays a server-rendered link.
import Image from "next/image";
import Link from "next/link";
import type { ProjectSummary } from "@/lib/views/project";
import { costLabel, countsLabel, formatWhen } from "./format";

export function ProjectCard(props: { project: ProjectSummary; viewerId: string; current: boolean; children?: React.ReactNode }) {
  const { project: p } = props;
  const cost = costLabel(p);
  const yours = p.defaultForId === props.viewerId;
  return (
    <li className="flex flex-col rounded-lg border border-line bg-surface transition hover:border-muted" data-testid="project-card">
      <Link href={`/projects/${p.id}`} className="group block space-y-2 p-2.5">
        <div className="checkerboard relative aspect-video overflow-hidden rounded">
          {p.coverImageId ? (
            <Image src={`/api/images/${p.coverImageId}?variant=thumb`} alt="" fill sizes="320px" unoptimized className="object-cover" />
          ) : (
            <div className="absolute inset-0 grid place-items-center bg-raised text-xs text-muted">No images yet</div>
          )}
        </div>
        {/* One height with or without a badge, so the cards' lines stay level across a row. */}
        <div className="flex min-h-6 items-center gap-2">
          <h2 className="min-w-0 flex-1 truncate text-sm font-medium group-hover:text-fg" title={p.name} data-testid="project-name">
            {p.name}
          </h2>
          {props.current && <Badge tone="accent">In the studio</Badge>}
          {p.defaultForId && <Badge title="A starting project: it cannot be deleted">{yours ? "Yours" : "Default"}</Badge>}
        </div>
        <p className="text-xs text-muted" data-testid="project-counts">
          {countsLabel(p)}
        </p>
        <div className="flex items-center justify-between text-xs text-muted">
          <time dateTime={p.lastActivityAt} title="Last activity">
            {formatWhen(p.lastActivityAt)}
          </time>
          <span className="tabular-nums" title={cost.title} data-testid="project-cost">
            {cost.text}
          </span>
        </div>
      </Link>
      {props.children && <div className="mt-auto border-t border-line px-2.5 py-2">{props.children}</div>}
    </li>
  );
}

function Badge(props: { children: React.ReactNode; tone?: "accent"; title?: string }) {
  const tone = props.tone === "accent" ? "bg-accent/15 text-accent" : "bg-raised text-muted";
  return (
    <span title={props.title} className={`shrink-0 rounded px-1.5 py-0.5 text-[11px] leading-4 font-medium ${tone}`}>
      {props.children}
    </span>
  );
}
