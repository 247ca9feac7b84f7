"use client";

// An image's review: where it stands, who moved it there and when, the reason a rejection
// gave, the buttons this person may use (lib/views/review-states.ts decides which), and the
// review's past steps.
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { decideReviewAction } from "@/lib/actions/reviews/decide-review";
import { submitForReviewAction } from "@/lib/actions/reviews/submit-for-review";
import { withdrawReviewAction } from "@/lib/actions/reviews/withdraw-review";
import { REVIEW_STATE_LABELS } from "@/lib/views/review-states";
import type { ReviewView } from "@/lib/views/review";
import { formatWhen, STATE_TONE } from "./format";
import { RejectDialog } from "./reject-dialog";

const DONE = { in_review: "Submitted for review.", draft: "Withdrawn from review.", approved: "Approved.", rejected: "Rejected." } as const;

export function ReviewStatus({ review }: { review: ReviewView }) {
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const hooks = {
    onSuccess: ({ data }: { data?: { state: keyof typeof DONE } }) => {
      if (data) toast.success(DONE[data.state]);
      setRejecting(false);
      router.refresh();
    },
    onError: ({ error }: { error: { serverError?: string } }) => {
      if (error.serverError) toast.error(error.serverError);
    },
  };
  const submit = useAction(submitForReviewAction, hooks);
  const withdraw = useAction(withdrawReviewAction, hooks);
  const decide = useAction(decideReviewAction, hooks);
  const busy = submit.isPending || withdraw.isPending || decide.isPending;
  const { imageId, state, moves } = review;
  const rejectError = decide.result.serverError ?? decide.result.validationErrors?.reason?._errors?.[0];

  return (
    <section aria-labelledby="review-heading" className="space-y-3" data-testid="review-status">
      <div className="flex items-center justify-between gap-2">
        <h2 id="review-heading" className="text-sm font-semibold">
          Review
        </h2>
        <span data-testid="review-state" className={`rounded-full border px-2.5 py-0.5 text-xs font-medium ${STATE_TONE[state]}`}>
          {REVIEW_STATE_LABELS[state]}
        </span>
      </div>
      <p className="text-xs text-muted" data-testid="review-who">
        {state === "draft" && "Not submitted for review yet."}
        {state === "in_review" && `Submitted by ${review.submittedBy?.name ?? "a former member"}${review.submittedAt ? ` on ${formatWhen(review.submittedAt)}` : ""}.`}
        {(state === "approved" || state === "rejected") &&
          `${REVIEW_STATE_LABELS[state]} by ${review.decidedBy?.name ?? "a former member"}${review.decidedAt ? ` on ${formatWhen(review.decidedAt)}` : ""}.`}
      </p>
      {state === "rejected" && review.reason && (
        <blockquote data-testid="review-reason" className="rounded border border-danger/40 bg-danger/10 px-3 py-2 text-sm text-fg">
          {review.reason}
        </blockquote>
      )}
      {moves.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {moves.includes("submit") && (
            <Button variant="primary" disabled={busy} onClick={() => submit.execute({ imageId })} data-testid="review-submit">
              {state === "rejected" ? "Resubmit for review" : "Submit for review"}
            </Button>
          )}
          {moves.includes("approve") && (
            <Button variant="primary" disabled={busy} onClick={() => decide.execute({ imageId, decision: "approve" })} data-testid="review-approve">
              Approve
            </Button>
          )}
          {moves.includes("reject") && (
            <Button variant="danger" disabled={busy} onClick={() => (decide.reset(), setRejecting(true))} data-testid="review-reject">
              Reject…
            </Button>
          )}
          {moves.includes("reopen") && (
            <Button disabled={busy} onClick={() => decide.execute({ imageId, decision: "reopen" })} data-testid="review-reopen">
              Reopen review
            </Button>
          )}
          {moves.includes("withdraw") && (
            <Button variant="ghost" disabled={busy} onClick={() => withdraw.execute({ imageId })} data-testid="review-withdraw">
              Withdraw
            </Button>
          )}
        </div>
      )}
      {rejecting && (
        <RejectDialog
          pending={decide.isPending}
          error={rejectError}
          onReject={(reason) => decide.execute({ imageId, decision: "reject", reason })}
          onClose={() => setRejecting(false)}
        />
      )}
      {review.history.length > 0 && (
        <details className="text-xs text-muted">
          <summary className="cursor-pointer">History ({review.history.length})</summary>
          <ol className="mt-2 space-y-1" data-testid="review-history">
            {review.history.map((h, i) => (
              <li key={i}>
                {formatWhen(h.at)}: {h.kind} by {h.by ?? "a former member"}
                {h.reason && <span className="text-fg">: “{h.reason}”</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
