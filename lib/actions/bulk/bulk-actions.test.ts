// The bulk bar's actions through the real actions and database: per-id outcomes with a summary
// a person can read, who may do what, and another team's or a trashed image counting as not found.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { createProject } = await import("@/lib/db/projects");
const { decideImagesAction } = await import("./decide-images");
const { favouriteImagesAction } = await import("./favourite-images");
const { moveImagesAction } = await import("./move-images");
const { makeCast, makeGeneration } = await import("@/lib/testing/people");

let owner: SignedIn, admin: SignedIn, ari: SignedIn, ben: SignedIn, viewer: SignedIn, stranger: SignedIn;
let teamId = "", strangerTeam = "";

beforeAll(async () => {
  ({ owner, admin, ari, ben, viewer, stranger, teamId, strangerTeam } = await makeCast());
});

const imageBy = async (person: SignedIn, team = teamId) => (await makeGeneration(team, person.user.id)).images[0]!.id;
const inReview = async (person: SignedIn) => {
  const id = await imageBy(person);
  await prisma.image.update({ where: { id }, data: { reviewState: "in_review", reviewSubmittedAt: new Date(), reviewSubmittedById: person.user.id } });
  return id;
};
const stateOf = async (id: string) => (await prisma.image.findUniqueOrThrow({ where: { id } })).reviewState;

describe("bulk approve and reject", () => {
  it("an admin approves those in review and is told about the rest, one by one", async () => {
    const ready = [await inReview(ari), await inReview(ben), await inReview(ari)];
    const draft = await imageBy(ari);
    const foreign = await imageBy(stranger, strangerTeam);
    who.current = admin;
    const result = (await decideImagesAction({ ids: [...ready, draft, foreign], decision: "approve" })).data!;
    expect(result.summary).toBe("3 approved, 1 not in review, 1 was not found");
    expect(result.done).toEqual(ready);
    expect(result.skipped).toEqual([{ id: draft, reason: "not in review" }]);
    expect(result.notFound).toEqual([foreign]);
    expect(await Promise.all(ready.map(stateOf))).toEqual(["approved", "approved", "approved"]);
    expect(await stateOf(draft)).toBe("draft");
    expect(await prisma.activity.count({ where: { imageId: { in: ready }, kind: "approved", actorId: admin.user.id } })).toBe(3);
  });

  it("a rejection needs its one reason, which every rejected image keeps", async () => {
    const ids = [await inReview(ari), await inReview(ben)];
    who.current = owner;
    expect(JSON.stringify((await decideImagesAction({ ids, decision: "reject" })).validationErrors)).toContain("Say why it is rejected");
    expect((await decideImagesAction({ ids, decision: "reject", reason: "Too dark" })).data?.summary).toBe("2 rejected");
    expect((await prisma.image.findMany({ where: { id: { in: ids } } })).map((i) => [i.reviewState, i.reviewReason])).toEqual([
      ["rejected", "Too dark"],
      ["rejected", "Too dark"],
    ]);
  });

  it("members and viewers may not decide, not even their own images", async () => {
    const id = await inReview(ari);
    for (const person of [ari, viewer]) {
      who.current = person;
      expect((await decideImagesAction({ ids: [id], decision: "approve" })).serverError).toBeTruthy();
    }
    expect(await stateOf(id)).toBe("in_review");
  });

  it("an image in the trash counts as not found", async () => {
    const id = await inReview(ari);
    await prisma.image.update({ where: { id }, data: { trashedAt: new Date() } });
    who.current = admin;
    expect((await decideImagesAction({ ids: [id], decision: "approve" })).data?.notFound).toEqual([id]);
  });
});

describe("bulk favourite", () => {
  it("stars the team's images for the person asking (a viewer too), twice is harmless; a foreign id is not found", async () => {
    const ids = [await imageBy(ari), await imageBy(ben)];
    const foreign = await imageBy(stranger, strangerTeam);
    who.current = viewer;
    expect((await favouriteImagesAction({ ids: [...ids, foreign], favourite: true })).data?.summary).toBe("2 starred, 1 was not found");
    expect((await favouriteImagesAction({ ids, favourite: true })).data?.done).toEqual(ids);
    expect(await prisma.favourite.count({ where: { userId: viewer.user.id, imageId: { in: [...ids, foreign] } } })).toBe(2);
    expect((await favouriteImagesAction({ ids, favourite: false })).data?.summary).toBe("2 unstarred");
    expect(await prisma.favourite.count({ where: { userId: viewer.user.id, imageId: { in: ids } } })).toBe(0);
  });
});

describe("bulk move to a project", () => {
  it("a member moves their own images' generations; a teammate's is refused; an admin moves anyone's", async () => {
    const board = await createProject({ teamId, userId: owner.user.id, name: "Board" });
    const mine = await imageBy(ari);
    const bens = await imageBy(ben);
    who.current = ari;
    const result = (await moveImagesAction({ ids: [mine, bens], projectId: board.id })).data!;
    expect(result.summary).toBe("1 moved to Board, 1 is a teammate's");
    const projectOf = async (imageId: string) => (await prisma.image.findUniqueOrThrow({ where: { id: imageId }, include: { generation: true } })).generation.projectId;
    expect(await projectOf(mine)).toBe(board.id);
    expect(await projectOf(bens)).not.toBe(board.id);
    who.current = admin;
    expect((await moveImagesAction({ ids: [bens], projectId: board.id })).data?.done).toEqual([bens]);
    expect(await projectOf(bens)).toBe(board.id);
    who.current = viewer;
    expect((await moveImagesAction({ ids: [mine], projectId: board.id })).serverError).toBeTruthy();
  });

  it("another team's project is not found, and another team's image is left where it is", async () => {
    const theirs = await createProject({ teamId: strangerTeam, userId: stranger.user.id, name: "Theirs" });
    const foreign = await imageBy(stranger, strangerTeam);
    const board = await createProject({ teamId, userId: owner.user.id, name: "Board 2" });
    who.current = owner;
    expect((await moveImagesAction({ ids: [await imageBy(ari)], projectId: theirs.id })).serverError).toBeTruthy();
    expect((await moveImagesAction({ ids: [foreign], projectId: board.id })).data?.notFound).toEqual([foreign]);
    expect((await prisma.image.findUniqueOrThrow({ where: { id: foreign }, include: { generation: true } })).generation.projectId).not.toBe(board.id);
  });
});
