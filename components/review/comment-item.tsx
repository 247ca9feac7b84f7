"use client";

// One comment with its actions: reply (top-level only), edit (its author), delete (its author,
// an admin or an owner), and "Use as mask" on a region for people who may edit images.
import { Crop, MapPin } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { deleteCommentAction } from "@/lib/actions/comments/delete-comment";
import { editCommentAction } from "@/lib/actions/comments/edit-comment";
import type { CommentView } from "@/lib/views/review";
import { CommentBody } from "./comment-body";
import { CommentForm } from "./comment-form";
import { formatWhen } from "./format";

export interface Me {
  userId: string;
  canComment: boolean;
  canDeleteAny: boolean;
  canGenerate: boolean;
}

export function CommentItem(props: { comment: CommentView; imageId: string; me: Me; active: boolean; onActivate: (id: string | null) => void }) {
  const { comment: c, me } = props;
  const router = useRouter();
  const [mode, setMode] = useState<"read" | "edit" | "reply">("read");
  const [text, setText] = useState(c.body);
  const onError = ({ error }: { error: { serverError?: string } }) => error.serverError && toast.error(error.serverError);
  const edit = useAction(editCommentAction, { onSuccess: () => (setMode("read"), router.refresh()), onError });
  const remove = useAction(deleteCommentAction, { onSuccess: () => router.refresh(), onError });
  const mine = c.author?.id === me.userId;

  return (
    <li
      id={`comment-${c.id}`}
      data-testid="comment"
      data-active={props.active || undefined}
      onMouseEnter={() => c.marker && props.onActivate(c.id)}
      onMouseLeave={() => c.marker && props.onActivate(null)}
      onFocus={() => c.marker && props.onActivate(c.id)}
      className={`space-y-1.5 rounded-md border p-2.5 transition-colors ${props.active ? "border-accent bg-accent/10" : "border-transparent"}`}
    >
      <header className="flex items-center gap-2 text-xs text-muted">
        {c.marker && (
          <span className="grid size-5 place-items-center rounded-full bg-fg text-[0.65rem] font-semibold text-canvas" aria-label={`Marker ${c.marker}`}>
            {c.marker}
          </span>
        )}
        <span className="font-medium text-fg">{c.deleted ? "Deleted" : (c.author?.name ?? "A former member")}</span>
        <time dateTime={c.createdAt}>{formatWhen(c.createdAt)}</time>
        {c.editedAt && !c.deleted && <span>(edited)</span>}
        {c.pin && (c.marker ? null : <MapPin className="size-3" aria-label="Pinned" />)}
      </header>
      {c.deleted ? (
        <p className="text-sm text-muted italic">This comment was deleted.</p>
      ) : mode === "edit" ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            edit.execute({ commentId: c.id, body: text });
          }}
        >
          <textarea
            aria-label="Edit comment"
            value={text}
            autoFocus
            onChange={(e) => setText(e.target.value)}
            className="w-full rounded border border-line bg-raised px-2 py-1.5 text-sm focus:border-accent focus:outline-none"
          />
          {edit.result.validationErrors?.body?._errors?.[0] && <p className="text-xs text-danger">{edit.result.validationErrors.body._errors[0]}</p>}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={() => setMode("read")}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={edit.isPending}>
              Save
            </Button>
          </div>
        </form>
      ) : (
        <CommentBody text={c.body} />
      )}
      {!c.deleted && mode === "read" && (
        <div className="flex flex-wrap gap-1 text-xs">
          {!c.parentId && me.canComment && <Action onClick={() => setMode("reply")}>Reply</Action>}
          {mine && <Action onClick={() => (setText(c.body), setMode("edit"))}>Edit</Action>}
          {(mine || me.canDeleteAny) && (
            <Action onClick={() => remove.execute({ commentId: c.id })} testId="comment-delete">
              Delete
            </Action>
          )}
          {c.pin && "w" in c.pin && me.canGenerate && (
            <Link
              href={`/studio/edit?image=${encodeURIComponent(props.imageId)}&region=${encodeURIComponent(c.id)}`}
              className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-accent hover:bg-raised"
              data-testid="use-as-mask"
            >
              <Crop className="size-3" aria-hidden /> Use as mask
            </Link>
          )}
        </div>
      )}
      {mode === "reply" && (
        <CommentForm imageId={props.imageId} parentId={c.id} placeholder="Reply…" submitLabel="Reply" autoFocus onPosted={() => setMode("read")} onCancel={() => setMode("read")} />
      )}
      {c.replies.length > 0 && (
        <ol className="ml-4 space-y-1 border-l border-line pl-2" aria-label="Replies">
          {c.replies.map((r) => (
            <CommentItem key={r.id} comment={r} imageId={props.imageId} me={me} active={false} onActivate={props.onActivate} />
          ))}
        </ol>
      )}
    </li>
  );
}

function Action(props: { onClick: () => void; children: React.ReactNode; testId?: string }) {
  return (
    <button type="button" onClick={props.onClick} data-testid={props.testId} className="rounded px-1.5 py-0.5 text-muted hover:bg-raised hover:text-fg">
      {props.children}
    </button>
  );
}
