// The team's activity as sentences: who did what to which image, newest first, with what
// concerns you and is new marked.
import Image from "next/image";
import Link from "next/link";
import type { ActivityKind, ActivityView } from "@/lib/views/review";
import { formatWhen } from "./format";

const VERB: Record<ActivityKind, string> = {
  generated: "made",
  submitted: "submitted for review",
  withdrawn: "withdrew from review",
  approved: "approved",
  rejected: "rejected",
  reopened: "reopened the review of",
  commented: "commented on",
  mentioned: "mentioned you on",
  budget: "",
};

export function ActivityFeed({ items }: { items: ActivityView[] }) {
  return (
    <ol className="divide-y divide-line rounded-lg border border-line bg-surface" data-testid="activity-feed">
      {items.map((a) => (
        <li key={a.id} data-testid="activity-item" data-kind={a.kind} data-unread={a.unread || undefined} className={`flex gap-3 p-3 ${a.unread ? "bg-accent/5" : ""}`}>
          {a.image ? (
            <Link href={`/gallery/${a.image.generationId}?image=${a.image.id}#review`} className="shrink-0" tabIndex={-1} aria-hidden>
              <Image src={`/api/images/${a.image.id}?variant=thumb`} alt="" width={48} height={48} unoptimized className="size-12 rounded object-cover" />
            </Link>
          ) : (
            <span className="size-12 shrink-0 rounded bg-raised" aria-hidden />
          )}
          <div className="min-w-0 flex-1 space-y-0.5 text-sm">
            <p>
              {a.unread && <span className="mr-1.5 inline-block size-2 rounded-full bg-accent" aria-label="New" />}
              {a.kind === "budget" ? (
                // Fresco's own line (lib/submissions/budget-warning.ts): its sentence says it all.
                <span className="font-medium">{a.excerpt}</span>
              ) : a.image ? (
                <>
                  <span className="font-medium">{a.actor ?? "A former member"}</span> {VERB[a.kind]}{" "}
                  <Link href={`/gallery/${a.image.generationId}?image=${a.image.id}#review`} className="text-accent hover:underline">
                    “{a.image.prompt.length > 60 ? `${a.image.prompt.slice(0, 59)}…` : a.image.prompt}”
                  </Link>
                </>
              ) : (
                <>
                  <span className="font-medium">{a.actor ?? "A former member"}</span> {VERB[a.kind]} an image that is gone
                </>
              )}
            </p>
            {a.excerpt && a.kind !== "budget" && <p className="truncate text-muted">{a.kind === "rejected" ? `Reason: ${a.excerpt}` : a.excerpt}</p>}
            <time dateTime={a.at} className="text-xs text-muted">
              {formatWhen(a.at)}
            </time>
          </div>
        </li>
      ))}
    </ol>
  );
}
