import { describe, expect, it } from "vitest";
import { movesFor, reviewMove, type Reviewer } from "./review-states";

const author: Reviewer = { isAuthor: true, canSubmit: true, canDecide: false };
const teammate: Reviewer = { isAuthor: false, canSubmit: true, canDecide: false };
const admin: Reviewer = { isAuthor: false, canSubmit: true, canDecide: true };
const viewer: Reviewer = { isAuthor: false, canSubmit: false, canDecide: false };

describe("the review state machine", () => {
  it("goes draft → in review → rejected (with a reason) → in review → approved", () => {
    expect(reviewMove("draft", "submit", author)).toEqual({ ok: true, next: "in_review" });
    expect(reviewMove("in_review", "reject", admin, "Too dark")).toEqual({ ok: true, next: "rejected" });
    expect(reviewMove("rejected", "submit", author)).toEqual({ ok: true, next: "in_review" });
    expect(reviewMove("in_review", "approve", admin)).toEqual({ ok: true, next: "approved" });
  });

  it("refuses a rejection without a reason", () => {
    expect(reviewMove("in_review", "reject", admin, "  ")).toMatchObject({ ok: false, code: "INVALID_INPUT", message: /Say why/ });
  });

  it("lets only deciders approve, reject or reopen", () => {
    expect(reviewMove("in_review", "approve", author)).toMatchObject({ ok: false, code: "FORBIDDEN", message: "Only an owner or an admin can approve images." });
    expect(reviewMove("in_review", "reject", author, "no")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(reviewMove("approved", "reopen", author)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(reviewMove("approved", "reopen", admin)).toEqual({ ok: true, next: "in_review" });
  });

  it("lets a member submit and withdraw their own image, not a teammate's; a viewer neither", () => {
    expect(reviewMove("draft", "submit", teammate)).toMatchObject({ ok: false, code: "FORBIDDEN", message: /author, an admin or an owner/ });
    expect(reviewMove("draft", "submit", { ...viewer, isAuthor: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(reviewMove("in_review", "withdraw", author)).toEqual({ ok: true, next: "draft" });
    expect(reviewMove("in_review", "withdraw", teammate)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(reviewMove("draft", "submit", admin)).toEqual({ ok: true, next: "in_review" });
  });

  it("says what state the image is in when a move does not fit it", () => {
    expect(reviewMove("in_review", "submit", author)).toMatchObject({ ok: false, code: "CONFLICT", message: "This image is already in review." });
    expect(reviewMove("approved", "submit", author)).toMatchObject({ message: "This image is already approved." });
    expect(reviewMove("draft", "approve", admin)).toMatchObject({ code: "CONFLICT", message: /this one is draft/ });
    expect(reviewMove("approved", "withdraw", author)).toMatchObject({ code: "CONFLICT" });
  });

  it("offers each person only the moves they can make", () => {
    expect(movesFor("draft", author)).toEqual(["submit"]);
    expect(movesFor("in_review", author)).toEqual(["withdraw"]);
    expect(movesFor("in_review", admin)).toEqual(["withdraw", "approve", "reject"]);
    expect(movesFor("rejected", author)).toEqual(["submit"]);
    expect(movesFor("approved", admin)).toEqual(["reopen"]);
    expect(movesFor("draft", viewer)).toEqual([]);
  });
});
