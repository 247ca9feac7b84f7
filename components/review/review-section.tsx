"use client";

// The review panel of an image's page: the image with its comments' markers, the review state
// and its buttons, and the threaded comments. Markers and comments highlight each other.
import { MapPin, SquareDashed, X } from "lucide-react";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { CommentView, Pin, ReviewView } from "@/lib/views/review";
import { CommentForm } from "./comment-form";
import { CommentItem, type Me } from "./comment-item";
import { PinnedImage, type Marker } from "./pinned-image";
import { ReviewStatus } from "./review-status";

export function ReviewSection(props: {
  image: { id: string; width: number; height: number };
  alt: string;
  review: ReviewView;
  comments: CommentView[];
  me: Me;
  /** The generation's images when there are several; the page's address picks one (?image=). */
  choices: { id: string; index: number }[];
}) {
  const [active, setActive] = useState<string | null>(null);
  // Choosing another image keeps the gallery view the page was opened from (its filters drive ← →).
  const params = useSearchParams();
  const choiceHref = (id: string) => {
    const next = new URLSearchParams(params);
    next.set("image", id);
    return `?${next}#review`;
  };
  const [pinning, setPinning] = useState(false);
  const [draft, setDraft] = useState<Pin | null>(null);
  const markers: Marker[] = props.comments.flatMap((c) => (c.pin && c.marker ? [{ id: c.id, marker: c.marker, pin: c.pin }] : []));
  const count = props.comments.reduce((n, c) => n + 1 + c.replies.length, 0);

  return (
    <section id="review" aria-label="Review and comments" className="grid gap-4 rounded-lg border border-line bg-surface p-4 lg:grid-cols-[minmax(0,3fr)_minmax(18rem,2fr)]" data-testid="review-section">
      <div className="space-y-2">
        {props.choices.length > 0 && (
          <nav aria-label="Image under review" className="flex gap-1 text-xs">
            {props.choices.map((c) => (
              <Link
                key={c.id}
                href={choiceHref(c.id)}
                scroll={false}
                aria-current={c.id === props.image.id ? "true" : undefined}
                className={`rounded px-2 py-1 ${c.id === props.image.id ? "bg-raised text-fg" : "text-muted hover:text-fg"}`}
              >
                Image {c.index + 1}
              </Link>
            ))}
          </nav>
        )}
        <PinnedImage
          image={props.image}
          alt={props.alt}
          markers={markers}
          activeId={active}
          onActivate={setActive}
          pinning={pinning}
          draft={draft}
          onDraft={(pin) => (setDraft(pin), setPinning(false))}
          onCancel={() => setPinning(false)}
        />
        {pinning && <p className="text-xs text-muted">Click to pin a point, or drag to mark a region. Keyboard: arrows move a point, Enter pins it, Escape cancels.</p>}
      </div>
      <div className="min-w-0 space-y-4">
        <ReviewStatus review={props.review} />
        <div className="space-y-2">
          <h2 className="text-sm font-semibold">Comments{count ? ` (${count})` : ""}</h2>
          {props.comments.length === 0 && <p className="text-xs text-muted">No comments yet. Pin one to a spot on the image to point at it.</p>}
          <ol className="space-y-1" data-testid="comment-list">
            {props.comments.map((c) => (
              <CommentItem key={c.id} comment={c} imageId={props.image.id} me={props.me} active={active === c.id} onActivate={setActive} />
            ))}
          </ol>
          {props.me.canComment && (
            <CommentForm imageId={props.image.id} pin={draft} placeholder="Add a comment… (@name to mention)" submitLabel="Comment" onPosted={() => setDraft(null)}>
              {draft ? (
                <span className="inline-flex items-center gap-1 rounded bg-accent/15 px-2 py-1 text-xs text-accent" data-testid="pin-chip">
                  {"w" in draft ? <SquareDashed className="size-3" aria-hidden /> : <MapPin className="size-3" aria-hidden />}
                  {"w" in draft ? "Region pinned" : "Point pinned"}
                  <button type="button" aria-label="Remove the pin" onClick={() => setDraft(null)}>
                    <X className="size-3" />
                  </button>
                </span>
              ) : (
                <Button variant="ghost" aria-pressed={pinning} onClick={() => setPinning((p) => !p)} data-testid="pin-toggle">
                  <MapPin className="size-4" aria-hidden /> {pinning ? "Cancel pinning" : "Pin to image"}
                </Button>
              )}
            </CommentForm>
          )}
        </div>
      </div>
    </section>
  );
}
