// Who may change a project, through the real actions: its creator, an admin or an owner may
// rename or delete it; a teammate may not; a name is checked before anything is written.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { createProjectAction } = await import("./create-project");
const { renameProjectAction } = await import("./rename-project");
const { deleteProjectAction } = await import("./delete-project");
const { moveGenerationAction } = await import("./move-generation");
const { join, makeGeneration, makePerson, makeTeam } = await import("@/lib/testing/people");
const { NOT_YOURS } = await import("@/lib/auth/ownership");

let owner: SignedIn, ari: SignedIn, ben: SignedIn, viewer: SignedIn;
let teamId = "";

beforeAll(async () => {
  owner = await makePerson("Olga");
  teamId = await makeTeam(owner, "Studio");
  [ari, ben, viewer] = [await makePerson("Ari"), await makePerson("Ben"), await makePerson("Vic")];
  await join(ari, teamId, "member");
  await join(ben, teamId, "member");
  await join(viewer, teamId, "viewer");
});

async function projectBy(person: SignedIn, name = "Moodboard") {
  who.current = person;
  return (await createProjectAction({ name })).data!.project;
}

describe("project names", () => {
  it("are trimmed, and an empty or overlong one is refused with a sentence", async () => {
    expect((await projectBy(ari, "  Spring campaign  ")).name).toBe("Spring campaign");
    const empty = await createProjectAction({ name: "   " });
    expect(empty.validationErrors?.name?._errors).toEqual(["Give the project a name."]);
    const long = await createProjectAction({ name: "x".repeat(81) });
    expect(long.validationErrors?.name?._errors).toEqual(["A project name is at most 80 characters."]);
  });

  it("cannot be given by a viewer", async () => {
    who.current = viewer;
    expect((await createProjectAction({ name: "Nope" })).serverError).toMatch(/As a viewer/);
  });
});

describe("renaming and deleting", () => {
  it("a teammate may do neither to someone else's project", async () => {
    const board = await projectBy(ari);
    who.current = ben;
    expect((await renameProjectAction({ projectId: board.id, name: "Mine now" })).serverError).toBe(NOT_YOURS);
    expect((await deleteProjectAction({ projectId: board.id })).serverError).toBe(NOT_YOURS);
    expect(await prisma.project.findUnique({ where: { id: board.id } })).toMatchObject({ name: "Moodboard" });
  });

  it("its creator and the team's owner may", async () => {
    const board = await projectBy(ari);
    expect((await renameProjectAction({ projectId: board.id, name: "Renamed" })).data).toEqual({ project: { id: board.id, name: "Renamed" } });
    who.current = owner;
    expect((await deleteProjectAction({ projectId: board.id })).data).toEqual({ id: board.id });
    expect(await prisma.project.findUnique({ where: { id: board.id } })).toBeNull();
  });
});

describe("moving a teammate's generation", () => {
  it("is refused to another member, allowed to its author", async () => {
    const target = await projectBy(ben, "Target");
    const g = await makeGeneration(teamId, ari.user.id);
    expect((await moveGenerationAction({ generationId: g.id, projectId: target.id })).serverError).toBe(NOT_YOURS);
    who.current = ari;
    expect((await moveGenerationAction({ generationId: g.id, projectId: target.id })).data).toMatchObject({ moved: 1, project: { id: target.id } });
  });
});
