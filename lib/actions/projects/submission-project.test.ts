// Which project new work lands in, through the real actions, the edit form and the database:
// fresh work goes into the project the studio names (or the person's current one), a
// refinement into its parent's project, and another team's project is refused with nothing
// recorded.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";
import type { SignedIn } from "@/lib/auth/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The new work is only queued; no provider call is made in this test.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { createGenerationAction } = await import("@/lib/actions/generations/create-generation");
const { varyImageAction } = await import("@/lib/actions/images/vary-image");
const { createProjectAction } = await import("./create-project");
const { chooseProjectAction } = await import("./choose-project");
const { editFormSchema, toEditFormData } = await import("@/lib/edits/edit-form");
const { queueEdit } = await import("@/lib/submissions/queue-edit");
const { png } = await import("@/lib/edits/test-images");
const { makeGeneration, makePerson, makeTeam } = await import("@/lib/testing/people");

const PARAMS = {
  model: "gpt-image-1-mini", prompt: "a lighthouse in fog", n: 1, size: "1024x1024", quality: "low",
  background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0,
} as const;

let ada: SignedIn;
let teamId = "";
let foreignProjectId = "";

beforeAll(async () => {
  ada = await makePerson("Ada");
  teamId = await makeTeam(ada, "Ada's studio");
  const bo = await makePerson("Bo");
  await makeTeam(bo, "Bo's studio");
  who.current = bo;
  foreignProjectId = (await createProjectAction({ name: "Bo's secret board" })).data!.project.id;
  who.current = ada;
});

const projectOf = async (id: string) => (await prisma.generation.findUniqueOrThrow({ where: { id } })).projectId;
const generate = async (projectId?: string) => createGenerationAction({ params: PARAMS, idempotencyKey: crypto.randomUUID(), projectId });
const newProject = async (name: string) => (await createProjectAction({ name })).data!.project;

describe("a fresh generation", () => {
  it("goes into the person's current project when the studio names none: their default project at first", async () => {
    const result = await generate();
    const projectId = await projectOf(result.data!.generation!.id);
    expect(await prisma.project.findUniqueOrThrow({ where: { id: projectId! } })).toMatchObject({ name: "Ada's project", defaultForId: ada.user.id });
    const chosen = await newProject("Chosen");
    await chooseProjectAction({ projectId: chosen.id });
    expect(await projectOf((await generate()).data!.generation!.id)).toBe(chosen.id);
  });

  it("goes into the project the studio names", async () => {
    const board = await newProject("Posters");
    expect(await projectOf((await generate(board.id)).data!.generation!.id)).toBe(board.id);
  });

  it("is refused with another team's project, as with a missing one, and nothing is recorded", async () => {
    const before = await Promise.all([prisma.generation.count(), prisma.providerCallLog.count()]);
    for (const projectId of [foreignProjectId, "cmissing000000000000000000"]) {
      const result = await generate(projectId);
      expect(result.serverError).toBe("That project was not found in this team. Choose another one.");
    }
    expect(await Promise.all([prisma.generation.count(), prisma.providerCallLog.count()])).toEqual(before);
  });
});

describe("a refinement", () => {
  it("goes into its parent's project, whatever project the studio is in", async () => {
    const home = await newProject("Home of the parent");
    const parent = await makeGeneration(teamId, ada.user.id);
    await prisma.generation.update({ where: { id: parent.id }, data: { projectId: home.id } });
    await chooseProjectAction({ projectId: (await newProject("Somewhere else")).id });
    const result = await varyImageAction({ imageId: parent.images[0]!.id, idempotencyKey: crypto.randomUUID() });
    expect(await projectOf(result.data!.generation!.id)).toBe(home.id);
  });
});

async function edit(images: (File | { imageId: string })[], projectId?: string) {
  const form = toEditFormData({ params: { prompt: "make it dusk", quality: "low" }, images, idempotencyKey: crypto.randomUUID(), projectId });
  // What POST /api/edits does with the form once its door is passed.
  const submission = await editFormSchema.parseAsync(form);
  return queueEdit({ teamId, userId: ada.user.id }, submission).catch((err: Error) => ({ error: err.message, generations: undefined }));
}

describe("an edit", () => {
  it("of an upload goes into the project the form names; another team's is refused", async () => {
    const board = await newProject("Edits");
    const answer = await edit([await upload()], board.id);
    expect(await projectOf(answer.generations![0]!.id)).toBe(board.id);
    const count = await prisma.generation.count();
    expect(await edit([await upload()], foreignProjectId)).toEqual({ error: "That project was not found in this team. Choose another one." });
    expect(await prisma.generation.count()).toBe(count);
  });

  it("of a team image goes into that image's project", async () => {
    const home = await newProject("Where the base lives");
    const base = await makeGeneration(teamId, ada.user.id);
    await prisma.generation.update({ where: { id: base.id }, data: { projectId: home.id } });
    const answer = await edit([{ imageId: base.images[0]!.id }], (await newProject("The studio's")).id);
    expect(await projectOf(answer.generations![0]!.id)).toBe(home.id);
  });
});

async function upload(): Promise<File> {
  return new File([new Uint8Array(await png(64, 48))], "base.png", { type: "image/png" });
}
