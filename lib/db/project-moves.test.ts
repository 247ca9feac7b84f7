// Moving work between projects: a generation moves alone or with everything made from it,
// and only ever within its team.
import { beforeAll, describe, expect, it } from "vitest";
import { makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { moveGeneration } from "./project-moves";
import { createProject } from "./projects";

let teamId = "";
let userId = "";
let otherTeamId = "";
let otherUserId = "";

beforeAll(async () => {
  const ada = await makePerson("Ada");
  teamId = await makeTeam(ada, "Ada's studio");
  userId = ada.user.id;
  const bo = await makePerson("Bo");
  otherTeamId = await makeTeam(bo, "Bo's studio");
  otherUserId = bo.user.id;
});

/** A generation of `team` made from `parentImageId`, in `projectId`. */
async function child(team: string, author: string, parentImageId: string | null, projectId: string | null) {
  const g = await makeGeneration(team, author);
  await prisma.generation.update({ where: { id: g.id }, data: { parentImageId, projectId } });
  return g;
}

const projectOf = async (id: string) => (await prisma.generation.findUniqueOrThrow({ where: { id } })).projectId;

describe("moving a generation", () => {
  it("moves only that generation unless asked to take what was made from it", async () => {
    const from = await createProject({ teamId, userId, name: "From" });
    const to = await createProject({ teamId, userId, name: "To" });
    const root = await child(teamId, userId, null, from.id);
    const kid = await child(teamId, userId, root.images[0]!.id, from.id);
    const result = await moveGeneration({ teamId, generationId: root.id, projectId: to.id, withDescendants: false });
    expect(result.moved).toBe(1);
    expect(await projectOf(root.id)).toBe(to.id);
    expect(await projectOf(kid.id)).toBe(from.id);
  });

  it("with descendants, takes children and grandchildren, wherever they were", async () => {
    const from = await createProject({ teamId, userId, name: "From" });
    const elsewhere = await createProject({ teamId, userId, name: "Elsewhere" });
    const to = await createProject({ teamId, userId, name: "To" });
    const root = await child(teamId, userId, null, from.id);
    const kid = await child(teamId, userId, root.images[0]!.id, from.id);
    const grandkid = await child(teamId, userId, kid.images[0]!.id, elsewhere.id);
    const unrelated = await child(teamId, userId, null, from.id);
    const result = await moveGeneration({ teamId, generationId: root.id, projectId: to.id, withDescendants: true });
    expect(result.moved).toBe(3);
    expect([await projectOf(root.id), await projectOf(kid.id), await projectOf(grandkid.id)]).toEqual([to.id, to.id, to.id]);
    expect(await projectOf(unrelated.id)).toBe(from.id);
  });

  it("never moves another team's generation that hangs off this team's image, nor what hangs off it", async () => {
    const from = await createProject({ teamId, userId, name: "From" });
    const to = await createProject({ teamId, userId, name: "To" });
    const theirs = await createProject({ teamId: otherTeamId, userId: otherUserId, name: "Theirs" });
    const root = await child(teamId, userId, null, from.id);
    const intruder = await child(otherTeamId, otherUserId, root.images[0]!.id, theirs.id);
    // Ours again, made from the other team's image: reachable only through the intruder.
    const beyond = await child(teamId, userId, intruder.images[0]!.id, from.id);
    const result = await moveGeneration({ teamId, generationId: root.id, projectId: to.id, withDescendants: true });
    expect(result.moved).toBe(1);
    expect(await projectOf(intruder.id)).toBe(theirs.id);
    expect(await projectOf(beyond.id)).toBe(from.id);
  });

  it("refuses another team's project or generation as missing, and moves nothing", async () => {
    const mine = await createProject({ teamId, userId, name: "Mine" });
    const theirs = await createProject({ teamId: otherTeamId, userId: otherUserId, name: "Theirs" });
    const ours = await child(teamId, userId, null, mine.id);
    const foreign = await child(otherTeamId, otherUserId, null, theirs.id);
    await expect(moveGeneration({ teamId, generationId: ours.id, projectId: theirs.id, withDescendants: true })).rejects.toThrow("not found");
    await expect(moveGeneration({ teamId, generationId: foreign.id, projectId: mine.id, withDescendants: true })).rejects.toThrow("Not found.");
    expect(await projectOf(ours.id)).toBe(mine.id);
    expect(await projectOf(foreign.id)).toBe(theirs.id);
  });
});
