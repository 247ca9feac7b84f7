// The review state machine, one pure function read by the actions, the database write and the
// buttons alike, so the rules cannot drift apart:
//   draft ──submit──▶ in_review ──approve──▶ approved ──reopen──▶ in_review
//     ▲                 │  └──reject (reason)──▶ rejected ──submit (resubmit)──▶ in_review
//     └────withdraw─────┘
// Submitting and withdrawing belong to the image's author (a member with "review") or to anyone
// who may decide; approving, rejecting and reopening belong to "decide" (owners and admins).
// An approved image is not sent back to draft: it is the team's decision, and only a decider
// may reopen it for another look. Changing the picture makes a new image (an edit), which
// starts as a draft of its own.
export const REVIEW_STATES = ["draft", "in_review", "approved", "rejected"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_MOVES = ["submit", "withdraw", "approve", "reject", "reopen"] as const;
export type ReviewMove = (typeof REVIEW_MOVES)[number];

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: "Draft",
  in_review: "In review",
  approved: "Approved",
  rejected: "Rejected",
};

/** Who is asking, as far as review is concerned. */
export interface Reviewer {
  /** They made the image (the generation's author). */
  isAuthor: boolean;
  /** Their role has "review": they may submit their own images. */
  canSubmit: boolean;
  /** Their role has "decide". */
  canDecide: boolean;
}

export type MoveResult = { ok: true; next: ReviewState } | { ok: false; code: "FORBIDDEN" | "CONFLICT" | "INVALID_INPUT"; message: string };

const FROM: Record<ReviewMove, readonly ReviewState[]> = {
  submit: ["draft", "rejected"],
  withdraw: ["in_review"],
  approve: ["in_review"],
  reject: ["in_review"],
  reopen: ["approved"],
};
const TO: Record<ReviewMove, ReviewState> = { submit: "in_review", withdraw: "draft", approve: "approved", reject: "rejected", reopen: "in_review" };

export function isReviewState(value: string): value is ReviewState {
  return (REVIEW_STATES as readonly string[]).includes(value);
}

export function reviewMove(state: ReviewState, move: ReviewMove, who: Reviewer, reason?: string | null): MoveResult {
  if (!allowed(move, who)) return { ok: false, code: "FORBIDDEN", message: FORBIDDEN[move] };
  if (!FROM[move].includes(state)) return { ok: false, code: "CONFLICT", message: wrongState(state, move) };
  if (move === "reject" && !reason?.trim()) return { ok: false, code: "INVALID_INPUT", message: REASON_REQUIRED };
  return { ok: true, next: TO[move] };
}

/** The moves this person can make on an image in this state (the buttons to show). */
export function movesFor(state: ReviewState, who: Reviewer): ReviewMove[] {
  return REVIEW_MOVES.filter((m) => allowed(m, who) && FROM[m].includes(state));
}

export const REASON_REQUIRED = "Say why it is rejected: its author sees the reason.";

const FORBIDDEN: Record<ReviewMove, string> = {
  submit: "Only the image's author, an admin or an owner can submit it for review.",
  withdraw: "Only the image's author, an admin or an owner can withdraw it from review.",
  approve: "Only an owner or an admin can approve images.",
  reject: "Only an owner or an admin can reject images.",
  reopen: "Only an owner or an admin can reopen an approved image.",
};

function allowed(move: ReviewMove, who: Reviewer): boolean {
  if (move === "submit" || move === "withdraw") return who.canDecide || (who.isAuthor && who.canSubmit);
  return who.canDecide;
}

function wrongState(state: ReviewState, move: ReviewMove): string {
  const now = REVIEW_STATE_LABELS[state].toLowerCase();
  switch (move) {
    case "submit":
      return `This image is ${now === "in review" ? "already in review" : `already ${now}`}.`;
    case "withdraw":
      return `Only an image in review can be withdrawn; this one is ${now}.`;
    case "approve":
    case "reject":
      return `Only an image in review can be approved or rejected; this one is ${now}.`;
    case "reopen":
      return `Only an approved image can be reopened; this one is ${now}.`;
  }
}
