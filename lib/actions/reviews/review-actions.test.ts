// Review through the real actions and database: who may submit, decide and withdraw, the
// sentences for every refusal, and another team's image answering as a missing one.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const { prisma } = await import("@/lib/db/client");
const { submitForReviewAction } = await import("./submit-for-review");
const { decideReviewAction } = await import("./decide-review");
const { withdrawReviewAction } = await import("./withdraw-review");
const { makeCast, makeGeneration } = await import("@/lib/testing/people");

let owner: SignedIn, admin: SignedIn, ari: SignedIn, ben: SignedIn, viewer: SignedIn, stranger: SignedIn;
let teamId = "";

beforeAll(async () => {
  ({ owner, admin, ari, ben, viewer, stranger, teamId } = await makeCast());
});

async function imageBy(person: SignedIn, team = teamId) {
  return (await makeGeneration(team, person.user.id)).images[0]!.id;
}
const stateOf = async (imageId: string) => (await prisma.image.findUniqueOrThrow({ where: { id: imageId } })).reviewState;

describe("the review round", () => {
  it("member submits, admin rejects with a reason, member resubmits, admin approves; who and when are kept", async () => {
    const imageId = await imageBy(ari);
    who.current = ari;
    expect((await submitForReviewAction({ imageId })).data).toEqual({ imageId, state: "in_review" });
    who.current = admin;
    const noReason = await decideReviewAction({ imageId, decision: "reject", reason: "  " });
    expect(noReason.validationErrors?.reason?._errors).toEqual(["Say why it is rejected: its author sees the reason."]);
    expect((await decideReviewAction({ imageId, decision: "reject", reason: "The sky is too dark" })).data?.state).toBe("rejected");
    expect(await prisma.image.findUniqueOrThrow({ where: { id: imageId } })).toMatchObject({ reviewReason: "The sky is too dark", reviewDecidedById: admin.user.id });
    who.current = ari;
    expect((await submitForReviewAction({ imageId })).data?.state).toBe("in_review");
    expect(await prisma.image.findUniqueOrThrow({ where: { id: imageId } })).toMatchObject({ reviewReason: null, reviewDecidedById: null, reviewSubmittedById: ari.user.id });
    who.current = admin;
    expect((await decideReviewAction({ imageId, decision: "approve" })).data?.state).toBe("approved");
    const kinds = await prisma.activity.findMany({ where: { imageId }, orderBy: { createdAt: "asc" }, select: { kind: true, data: true } });
    expect(kinds).toEqual([
      { kind: "submitted", data: null },
      { kind: "rejected", data: { reason: "The sky is too dark" } },
      { kind: "submitted", data: null },
      { kind: "approved", data: null },
    ]);
  });

  it("a member cannot approve, even their own image", async () => {
    const imageId = await imageBy(ari);
    who.current = ari;
    await submitForReviewAction({ imageId });
    expect((await decideReviewAction({ imageId, decision: "approve" })).serverError).toBe(
      "As a member of Studio you cannot do this. Ask an owner or admin for a different role.",
    );
    expect(await stateOf(imageId)).toBe("in_review");
  });

  it("a member cannot submit or withdraw a teammate's image; the author and an admin can", async () => {
    const imageId = await imageBy(ari);
    who.current = ben;
    expect((await submitForReviewAction({ imageId })).serverError).toBe("Only the image's author, an admin or an owner can submit it for review.");
    who.current = owner;
    expect((await submitForReviewAction({ imageId })).data?.state).toBe("in_review");
    who.current = ben;
    expect((await withdrawReviewAction({ imageId })).serverError).toBe("Only the image's author, an admin or an owner can withdraw it from review.");
    who.current = ari;
    expect((await withdrawReviewAction({ imageId })).data?.state).toBe("draft");
  });

  it("a viewer cannot submit", async () => {
    const imageId = await imageBy(ari);
    who.current = viewer;
    expect((await submitForReviewAction({ imageId })).serverError).toMatch(/^As a viewer of Studio you cannot do this/);
    expect(await stateOf(imageId)).toBe("draft");
  });

  it("a move that does not fit the state says where the image stands", async () => {
    const imageId = await imageBy(ari);
    who.current = admin;
    expect((await decideReviewAction({ imageId, decision: "approve" })).serverError).toBe("Only an image in review can be approved or rejected; this one is draft.");
    who.current = ari;
    await submitForReviewAction({ imageId });
    expect((await submitForReviewAction({ imageId })).serverError).toBe("This image is already in review.");
  });

  it("another team's image answers as a missing one, and is left as it was", async () => {
    const theirs = await imageBy(stranger, stranger.teamId!);
    who.current = stranger;
    await submitForReviewAction({ imageId: theirs });
    for (const [person, call] of [
      [ari, () => submitForReviewAction({ imageId: theirs })],
      [ari, () => withdrawReviewAction({ imageId: theirs })],
      [admin, () => decideReviewAction({ imageId: theirs, decision: "reject", reason: "mine now" })],
    ] as const) {
      who.current = person;
      expect((await call()).serverError).toBe("Not found.");
    }
    expect(await stateOf(theirs)).toBe("in_review");
  });
});
