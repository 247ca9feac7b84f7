// Projects against the real database: a person's starting project is made once even when asked
// for at once, the studio's current project falls back to it, and deleting keeps work safe.
import { beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "@/lib/auth/session";
import { join, makeGeneration, makePerson, makeTeam } from "@/lib/testing/people";
import { prisma } from "./client";
import { listProjects } from "./project-list";
import { chooseProject, createProject, currentProject, deleteProject, ensureDefaultProject } from "./projects";

let ada: SignedIn;
let teamId = "";
let otherTeamId = "";

beforeAll(async () => {
  ada = await makePerson("Ada");
  teamId = await makeTeam(ada, "Ada's studio");
  const bo = await makePerson("Bo");
  otherTeamId = await makeTeam(bo, "Bo's studio");
});

describe("a person's default project", () => {
  it("is made once, even when ten requests ask for it at the same moment", async () => {
    const eve = await makePerson("Eve");
    await join(eve, teamId, "member");
    const made = await Promise.all(
      Array.from({ length: 10 }, () => ensureDefaultProject({ teamId, userId: eve.user.id, name: "Eve's project" })),
    );
    expect(new Set(made.map((p) => p.id)).size).toBe(1);
    expect(await prisma.project.count({ where: { teamId, defaultForId: eve.user.id } })).toBe(1);
    expect(made[0]).toMatchObject({ name: "Eve's project", defaultForId: eve.user.id, createdById: eve.user.id });
  });

  it("is one per team: the same person gets another in another team", async () => {
    const here = await ensureDefaultProject({ teamId, userId: ada.user.id, name: "Ada's project" });
    const there = await ensureDefaultProject({ teamId: otherTeamId, userId: ada.user.id, name: "Ada's project" });
    expect(here.id).not.toBe(there.id);
  });
});

describe("the studio's current project", () => {
  it("is the person's default project until they choose another", async () => {
    const flo = await makePerson("Flo");
    await join(flo, teamId, "member");
    const who = { teamId, userId: flo.user.id };
    const first = await currentProject(who);
    expect(first.name).toBe("Flo's project");
    const board = await createProject({ ...who, name: "Posters" });
    await chooseProject({ ...who, projectId: board.id });
    expect(await currentProject(who)).toEqual(board);
  });

  it("falls back to the default project once the chosen one is deleted", async () => {
    const who = { teamId, userId: ada.user.id };
    const board = await createProject({ ...who, name: "Short-lived" });
    await chooseProject({ ...who, projectId: board.id });
    await deleteProject({ teamId, projectId: board.id });
    expect((await currentProject(who)).name).toBe("Ada's project");
  });

  it("refuses another team's project as missing, and leaves the choice as it was", async () => {
    const who = { teamId, userId: ada.user.id };
    const mine = await createProject({ ...who, name: "Mine" });
    await chooseProject({ ...who, projectId: mine.id });
    const theirs = await createProject({ teamId: otherTeamId, userId: ada.user.id, name: "Theirs" });
    await expect(chooseProject({ ...who, projectId: theirs.id })).rejects.toThrow("not found in this team");
    expect(await currentProject(who)).toEqual(mine);
  });
});

describe("deleting a project", () => {
  it("is refused while it holds work, and the work stays", async () => {
    const board = await createProject({ teamId, userId: ada.user.id, name: "Busy" });
    const g = await makeGeneration(teamId, ada.user.id);
    await prisma.generation.update({ where: { id: g.id }, data: { projectId: board.id } });
    await expect(deleteProject({ teamId, projectId: board.id })).rejects.toThrow("still holds 1 generation");
    expect(await prisma.generation.findUnique({ where: { id: g.id } })).toMatchObject({ projectId: board.id });
  });

  it("is refused for a default project, even an empty one", async () => {
    const own = await ensureDefaultProject({ teamId, userId: ada.user.id, name: "Ada's project" });
    await expect(deleteProject({ teamId, projectId: own.id })).rejects.toThrow("starting project");
    expect(await prisma.project.count({ where: { id: own.id } })).toBe(1);
  });

  it("is refused for another team's project, as for a missing one", async () => {
    const theirs = await createProject({ teamId: otherTeamId, userId: ada.user.id, name: "Elsewhere" });
    await expect(deleteProject({ teamId, projectId: theirs.id })).rejects.toThrow("not found in this team");
    expect(await prisma.project.count({ where: { id: theirs.id } })).toBe(1);
  });
});

describe("the list of projects", () => {
  it("counts each project's work and cost, and says when a cost is unknown", async () => {
    const board = await createProject({ teamId, userId: ada.user.id, name: "Counted" });
    const [a, b] = [await makeGeneration(teamId, ada.user.id), await makeGeneration(teamId, ada.user.id)];
    await prisma.generation.update({ where: { id: a.id }, data: { projectId: board.id, costUsd: "0.011" } });
    await prisma.generation.update({ where: { id: b.id }, data: { projectId: board.id, costUsd: null } });
    const card = (await listProjects({ teamId })).items.find((p) => p.id === board.id);
    expect(card).toMatchObject({ generations: 2, images: 2, costUsd: "0.011", unknownCosts: 1, coverImageId: b.images[0]!.id });
  });
});
