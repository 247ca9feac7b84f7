"use client";

// Writing a comment or a reply. A top-level comment may carry the pin drawn on the image.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { addCommentAction } from "@/lib/actions/comments/add-comment";
import { COMMENT_MAX, type Pin } from "@/lib/views/review";

export function CommentForm(props: {
  imageId: string;
  parentId?: string;
  pin?: Pin | null;
  placeholder: string;
  submitLabel: string;
  autoFocus?: boolean;
  onPosted?: () => void;
  onCancel?: () => void;
  children?: React.ReactNode;
}) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { execute, result, isPending, reset } = useAction(addCommentAction, {
    onSuccess: () => {
      setBody("");
      props.onPosted?.();
      router.refresh();
    },
  });
  const error = result.serverError ?? result.validationErrors?.body?._errors?.[0] ?? result.validationErrors?.pin?._errors?.[0];

  return (
    <form
      className="space-y-2"
      data-testid={props.parentId ? "reply-form" : "comment-form"}
      onSubmit={(e) => {
        e.preventDefault();
        execute({ imageId: props.imageId, body, parentId: props.parentId ?? null, pin: props.pin ?? null });
      }}
    >
      <textarea
        aria-label={props.placeholder}
        placeholder={props.placeholder}
        value={body}
        maxLength={COMMENT_MAX}
        rows={props.parentId ? 2 : 3}
        autoFocus={props.autoFocus}
        onChange={(e) => (reset(), setBody(e.target.value))}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) e.currentTarget.form?.requestSubmit();
          if (e.key === "Escape") props.onCancel?.();
        }}
        data-testid="comment-body"
        className="w-full resize-y rounded border border-line bg-raised px-2 py-1.5 text-sm focus:border-accent focus:outline-none"
      />
      {error && (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">{props.children}</div>
        <div className="flex gap-2">
          {props.onCancel && (
            <Button variant="ghost" onClick={props.onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="primary" disabled={isPending || body.trim() === ""} data-testid="comment-submit">
            {isPending ? "Posting…" : props.submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
