// The history query against the real database: work made through the real storage and
// submission paths, filed into projects, and another team's work that must never show.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { edit, generate, maskPool, picturePool } from "@/lib/testing/blobs";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { projectHistory } from "./history";

// Work is finished by the test itself; the runner is not involved.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const us = { teamId: "", userId: "" };
const them = { teamId: "", userId: "" };
let pictures: Buffer[] = [];
let masks: Buffer[] = [];

beforeAll(async () => {
  const ann = await makePerson("Ann");
  us.teamId = await makeTeam(ann, "Team A");
  us.userId = ann.user.id;
  const bea = await makePerson("Bea");
  them.teamId = await makeTeam(bea, "Team B");
  them.userId = bea.user.id;
  [pictures, masks] = await Promise.all([picturePool(4), maskPool(1)]);
});

const newProject = (teamId: string, name: string) => prisma.project.create({ data: { teamId, name } });
const file = (projectId: string, ...ids: string[]) => prisma.generation.updateMany({ where: { id: { in: ids } }, data: { projectId } });

describe("projectHistory", () => {
  it("lists every step oldest first, with its parent's step and candidate, its images, mask and cost", async () => {
    const project = await newProject(us.teamId, "Harbour");
    const first = await generate(us, pictures.slice(0, 2));
    const edited = await edit(us, { images: [{ imageId: first.imageIds[1]! }], mask: masks[0]!, output: pictures[2]!, raw: pictures[3]! });
    await file(project.id, first.id, edited.id);
    await prisma.generation.update({ where: { id: first.id }, data: { costUsd: "0.011" } });

    const history = await projectHistory({ teamId: us.teamId, projectId: project.id });
    expect(history!.project).toEqual({ id: project.id, name: "Harbour" });
    const [a, b] = history!.steps;
    expect(history!.steps).toHaveLength(2);
    expect(a).toMatchObject({ id: first.id, kind: "generate", parent: null, from: null, costUsd: "0.011", costUnknown: false, author: "Ann", maskInputId: null });
    expect(a!.images.map((i) => [i.id, i.index, i.width, i.height])).toEqual([
      [first.imageIds[0], 0, 64, 48],
      [first.imageIds[1], 1, 64, 48],
    ]);
    const maskInput = await prisma.generationInput.findFirstOrThrow({ where: { generationId: edited.id, role: "mask" } });
    expect(b).toMatchObject({ id: edited.id, kind: "edit", parent: { imageId: first.imageIds[1], generationId: first.id, index: 1 }, maskInputId: maskInput.id });
    expect(b!.params).toMatchObject({ quality: "low", keepOutsideMask: true });
    // Finished without usage: its cost is unknown, not $0.
    expect(b).toMatchObject({ costUsd: null, costUnknown: true });
  });

  it("makes a step whose parent is in another project a root that links to where it came from", async () => {
    const [here, there] = await Promise.all([newProject(us.teamId, "Here"), newProject(us.teamId, "There")]);
    const origin = await generate(us, pictures.slice(0, 1));
    const moved = await edit(us, { images: [{ imageId: origin.imageIds[0]! }], output: pictures[1]! });
    await file(there.id, origin.id);
    await file(here.id, moved.id);

    const { steps } = (await projectHistory({ teamId: us.teamId, projectId: here.id }))!;
    expect(steps.map((s) => s.id)).toEqual([moved.id]);
    expect(steps[0]).toMatchObject({ parent: null, from: { projectId: there.id, projectName: "There", generationId: origin.id } });
  });

  it("never shows another team's work, even when it points at this project's image or names it", async () => {
    const project = await newProject(us.teamId, "Ours");
    const ours = await generate(us, pictures.slice(0, 1));
    await file(project.id, ours.id);
    // Not possible through Fresco's doors (ids are checked against the team); written directly.
    const foreign = await prisma.generation.create({
      data: { teamId: them.teamId, kind: "generate", model: "gpt-image-1.5", prompt: "theirs", params: {}, parentImageId: ours.imageIds[0], projectId: project.id },
    });
    const theirProject = await newProject(them.teamId, "Theirs");
    const theirs = await generate(them, pictures.slice(0, 1));
    await file(theirProject.id, theirs.id);
    const fromTheirs = await prisma.generation.create({
      data: { teamId: us.teamId, kind: "generate", model: "gpt-image-1.5", prompt: "ours, from theirs", params: {}, parentImageId: theirs.imageIds[0], projectId: project.id },
    });

    const { steps } = (await projectHistory({ teamId: us.teamId, projectId: project.id }))!;
    expect(steps.map((s) => s.id)).toEqual([ours.id, fromTheirs.id]);
    expect(steps.map((s) => s.id)).not.toContain(foreign.id);
    // Their image and project are not named, not even as where it came from.
    expect(steps[1]).toMatchObject({ parent: null, from: null });
    // Their project reads as missing; ours reads for us only.
    expect(await projectHistory({ teamId: us.teamId, projectId: theirProject.id })).toBeNull();
    expect(await projectHistory({ teamId: them.teamId, projectId: project.id })).toBeNull();
    expect((await projectHistory({ teamId: them.teamId, projectId: theirProject.id }))!.steps.map((s) => s.id)).toEqual([theirs.id]);
  });
});
