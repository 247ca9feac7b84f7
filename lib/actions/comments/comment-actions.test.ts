// Comments, mentions and the unread badge through the real actions and database: viewers
// comment, authors edit and delete their own, mentions reach only the team's members, and
// what concerns a person is unread until they look at the feed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));

const { prisma } = await import("@/lib/db/client");
const { addCommentAction } = await import("./add-comment");
const { editCommentAction } = await import("./edit-comment");
const { deleteCommentAction } = await import("./delete-comment");
const { markActivitySeenAction } = await import("@/lib/actions/activity/mark-activity-seen");
const { submitForReviewAction } = await import("@/lib/actions/reviews/submit-for-review");
const { decideReviewAction } = await import("@/lib/actions/reviews/decide-review");
const { unreadCount, listActivity } = await import("@/lib/db/activity");
const { listComments } = await import("@/lib/db/comments");
const { deleteGenerationRows } = await import("@/lib/db/deletions");
const { deleteTeam } = await import("@/lib/db/teams");
const { makeCast, makeGeneration, makePerson, makeTeam } = await import("@/lib/testing/people");

let owner: SignedIn, admin: SignedIn, ari: SignedIn, ben: SignedIn, viewer: SignedIn, zoe: SignedIn;
let teamId = "";

beforeAll(async () => {
  // Zoe is in another team only: a mention of her name must reach nobody.
  ({ owner, admin, ari, ben, viewer, stranger: zoe, teamId } = await makeCast("Zoe"));
});

async function imageBy(person: SignedIn, team = teamId) {
  const g = await makeGeneration(team, person.user.id);
  return { generationId: g.id, imageId: g.images[0]!.id };
}
const comment = async (person: SignedIn, input: Parameters<typeof addCommentAction>[0]) => {
  who.current = person;
  return addCommentAction(input);
};
const unread = (p: SignedIn, canDecide = false) => unreadCount({ teamId, userId: p.user.id, canDecide });

describe("comments", () => {
  it("a viewer comments, pinned to a region; replies thread under it; markers are numbered", async () => {
    const { imageId } = await imageBy(ari);
    const first = await comment(viewer, { imageId, body: "  The horizon tilts here  ", pin: { x: 0.1, y: 0.2, w: 0.3, h: 0.25 } });
    expect(first.serverError).toBeUndefined();
    await comment(ari, { imageId, body: "Will fix", parentId: first.data!.id });
    await comment(ben, { imageId, body: "And this spot", pin: { x: 0.9, y: 0.9 } });
    const thread = await listComments({ teamId, imageId });
    expect(thread.map((c) => [c.body, c.marker, c.author?.name, c.replies.map((r) => r.body)])).toEqual([
      ["The horizon tilts here", 1, "Vic", ["Will fix"]],
      ["And this spot", 2, "Ben", []],
    ]);
  });

  it("refuses bad input with sentences", async () => {
    const { imageId } = await imageBy(ari);
    expect((await comment(ari, { imageId, body: "   " })).validationErrors?.body?._errors).toEqual(["Write something first."]);
    expect((await comment(ari, { imageId, body: "x".repeat(4001) })).validationErrors?.body?._errors).toEqual(["A comment is at most 4,000 characters."]);
    expect((await comment(ari, { imageId, body: "off", pin: { x: 0.8, y: 0.1, w: 0.5, h: 0.1 } })).validationErrors?.pin?._errors).toEqual(["A region lies inside the image."]);
    const top = await comment(ari, { imageId, body: "top" });
    expect((await comment(ari, { imageId, body: "pinned reply", parentId: top.data!.id, pin: { x: 0.5, y: 0.5 } })).serverError).toBe(
      "A reply cannot be pinned: pin a new comment instead.",
    );
  });

  it("only the author edits; the author or an admin deletes; a deleted comment with replies reads as deleted", async () => {
    const { imageId } = await imageBy(ari);
    const c = (await comment(ben, { imageId, body: "Too blue" })).data!;
    who.current = ari;
    expect((await editCommentAction({ commentId: c.id, body: "mine" })).serverError).toBe("Only its author can edit a comment.");
    expect((await deleteCommentAction({ commentId: c.id })).serverError).toBe("Only its author, an admin or an owner can delete a comment.");
    who.current = ben;
    expect((await editCommentAction({ commentId: c.id, body: "Too blue on the left" })).serverError).toBeUndefined();
    await comment(ari, { imageId, body: "Agreed", parentId: c.id });
    who.current = admin;
    expect((await deleteCommentAction({ commentId: c.id })).data).toEqual({ id: c.id, kept: true });
    const [kept] = await listComments({ teamId, imageId });
    expect(kept).toMatchObject({ deleted: true, body: "", replies: [{ body: "Agreed" }] });
    // The last reply going takes the deleted comment with it.
    who.current = ari;
    await deleteCommentAction({ commentId: kept!.replies[0]!.id });
    expect(await listComments({ teamId, imageId })).toEqual([]);
  });

  it("another team's image or comment answers as a missing one", async () => {
    const theirs = await imageBy(zoe, zoe.teamId!);
    const theirComment = (await comment(zoe, { imageId: theirs.imageId, body: "ours" })).data!;
    expect((await comment(ari, { imageId: theirs.imageId, body: "hello" })).serverError).toBe("Not found.");
    const gone = "Not found: that comment may have been deleted.";
    expect((await editCommentAction({ commentId: theirComment.id, body: "changed" })).serverError).toBe(gone);
    who.current = owner;
    expect((await deleteCommentAction({ commentId: theirComment.id })).serverError).toBe(gone);
    const { imageId } = await imageBy(ari);
    expect((await comment(ari, { imageId, body: "reply", parentId: theirComment.id })).serverError).toBe(gone);
    expect(await prisma.comment.findUniqueOrThrow({ where: { id: theirComment.id } })).toMatchObject({ body: "ours", deletedAt: null });
  });

  it("go with their image: deleting the generation leaves no comment or activity row", async () => {
    const { generationId, imageId } = await imageBy(ari);
    const c = (await comment(ben, { imageId, body: "@ari look" })).data!;
    await comment(ari, { imageId, body: "ok", parentId: c.id });
    await deleteGenerationRows({ teamId, id: generationId });
    expect(await prisma.comment.count({ where: { imageId } })).toBe(0);
    expect(await prisma.activity.count({ where: { OR: [{ imageId }, { commentId: c.id }] } })).toBe(0);
  });

  it("go with their team", async () => {
    const host = await makePerson("Hal");
    const gone = await makeTeam(host, "Short-lived");
    const { imageId } = await imageBy(host, gone);
    await comment(host, { imageId, body: "note", pin: { x: 0.5, y: 0.5 } });
    await deleteTeam({ teamId: gone });
    expect(await prisma.comment.count({ where: { teamId: gone } })).toBe(0);
    expect(await prisma.activity.count({ where: { teamId: gone } })).toBe(0);
  });
});

describe("mentions and the unread badge", () => {
  it("a mention notifies that team member only, and an edit tells only the newly named", async () => {
    const { imageId } = await imageBy(ari);
    const c = (await comment(ari, { imageId, body: "@ben and @zoe, thoughts?" })).data!;
    const told = async () => (await prisma.activity.findMany({ where: { commentId: c.id, kind: "mentioned" }, select: { targetId: true } })).map((a) => a.targetId);
    expect(await told()).toEqual([ben.user.id]);
    who.current = ari;
    await editCommentAction({ commentId: c.id, body: "@ben and @vic, thoughts?" });
    expect((await told()).sort()).toEqual([ben.user.id, viewer.user.id].sort());
    expect(await prisma.activity.count({ where: { targetId: zoe.user.id, kind: "mentioned" } })).toBe(0);
  });

  it("counts what others did to my images or to me since my last look, and clears when I look", async () => {
    const { imageId } = await imageBy(ari);
    who.current = ari;
    await markActivitySeenAction({ upTo: new Date().toISOString() });
    expect(await unread(ari)).toBe(0);
    await comment(ari, { imageId, body: "my own note" });
    await submitForReviewAction({ imageId });
    expect(await unread(ari)).toBe(0);
    expect(await unread(admin, true)).toBeGreaterThan(0);
    await comment(viewer, { imageId, body: "Lovely" });
    who.current = admin;
    await decideReviewAction({ imageId, decision: "reject", reason: "Crop it" });
    expect(await unread(ari)).toBe(2);
    const feed = await listActivity({ teamId, userId: ari.user.id, canDecide: false, forMe: true });
    expect(feed.items.slice(0, 2).map((i) => [i.kind, i.excerpt, i.unread])).toEqual([
      ["rejected", "Crop it", true],
      ["commented", "Lovely", true],
    ]);
    who.current = ari;
    expect((await markActivitySeenAction({ upTo: new Date().toISOString() })).data).toEqual({ seen: true });
    expect(await unread(ari)).toBe(0);
  });
});
