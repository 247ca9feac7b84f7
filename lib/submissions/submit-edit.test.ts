import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { putBlob } from "@/lib/storage/blob-store";
import { isStored } from "@/lib/testing/stored-blobs";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { editFormSchema, toEditFormData, type EditFormInput } from "@/lib/edits/edit-form";
import { itemKey, submitEdit } from "./submit-edit";
import { mask, png } from "@/lib/edits/test-images";

const enqueued = vi.hoisted(() => [] as string[]);
// The queue is the runner's business; here it only records what was handed to it.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: (job: { id: string }) => enqueued.push(job.id) }));

const who = { teamId: "", userId: "" };
let otherTeam = "";

beforeAll(async () => {
  const ann = await makePerson("Ann");
  who.teamId = await makeTeam(ann, "Team A");
  who.userId = ann.user.id;
  otherTeam = await makeTeam(await makePerson("Bea"), "Team B");
});
beforeEach(() => void enqueued.splice(0));

/** An image the team already has (a result, or a gallery image). */
async function stored(teamId: string, width: number, height: number): Promise<string> {
  const blob = await putBlob(await png(width, height), "png");
  const gen = await prisma.generation.create({
    data: {
      teamId, createdById: null, kind: "generate", model: "gpt-image-1-mini", prompt: "p", params: {}, status: "succeeded",
      images: { create: [{ index: 0, format: "png", width, height, bytes: blob.bytes, sha256: blob.sha256, storageKey: blob.key, thumbnailKey: blob.key }] },
    },
    include: { images: true },
  });
  return gen.images[0]!.id;
}

const file = async (name: string, bytes: Promise<Buffer> | Buffer) => new File([new Uint8Array(await bytes)], name, { type: "image/png" });

async function submit(input: Partial<EditFormInput> & Pick<EditFormInput, "images">) {
  const form = toEditFormData({ params: { prompt: "add a red balloon", quality: "low" }, idempotencyKey: crypto.randomUUID(), ...input });
  return submitEdit(who, await editFormSchema.parseAsync(form));
}

const rows = () => prisma.generation.count({ where: { kind: "edit" } });

describe("submitEdit", () => {
  it("stores the uploads and records the edit with its inputs, then queues it", async () => {
    const images = [await file("photo.png", png(300, 200)), await file("ref.png", png(50, 50))];
    const m = await file("mask.png", mask(300, 200, { x: 10, y: 10, w: 50, h: 50 }));
    const { batchId, ids, created } = await submit({ images, mask: m });
    expect(created).toBe(true);
    expect(enqueued).toEqual(ids);
    const row = await prisma.generation.findUniqueOrThrow({ where: { id: ids[0] }, include: { inputs: { orderBy: [{ role: "asc" }, { index: "asc" }] } } });
    expect(row).toMatchObject({ kind: "edit", batchId, prompt: "add a red balloon", status: "queued", teamId: who.teamId });
    expect(row.params).toMatchObject({ prompt: "add a red balloon", quality: "low" });
    expect(row.params).not.toHaveProperty("keepOutsideMask"); // Fresco's option is not a provider parameter
    expect(row.options).toEqual({ keepOutsideMask: true });
    expect(row.inputs.map((i) => [i.role, i.index, i.name, i.width, i.height, i.format])).toEqual([
      ["image", 0, "photo.png", 300, 200, "png"],
      ["image", 1, "ref.png", 50, 50, "png"],
      ["mask", 0, "mask.png", 300, 200, "png"],
    ]);
    for (const input of row.inputs) expect(await isStored(input.storageKey)).toBe(true);
  });

  it("reuses a team image's stored file for 'Edit this'", async () => {
    const imageId = await stored(who.teamId, 64, 48);
    const { ids } = await submit({ images: [{ imageId }], keepOutsideMask: false });
    const input = await prisma.generationInput.findFirstOrThrow({ where: { generationId: ids[0] } });
    const image = await prisma.image.findUniqueOrThrow({ where: { id: imageId } });
    expect(input).toMatchObject({ storageKey: image.storageKey, sha256: image.sha256, name: `fresco-${imageId}.png`, width: 64, height: 48 });
    // Without a mask there is nothing outside it to keep.
    expect((await prisma.generation.findUniqueOrThrow({ where: { id: ids[0] } })).options).toEqual({ keepOutsideMask: false });
  });

  it("a resubmitted form finds its generation again and queues nothing new", async () => {
    const key = crypto.randomUUID();
    const images = [await file("photo.png", png(64, 48))];
    const first = await submit({ images, idempotencyKey: key });
    const before = await rows();
    enqueued.splice(0);
    const again = await submit({ images, idempotencyKey: key });
    expect(again).toEqual({ ...first, created: false });
    expect(await rows()).toBe(before);
    expect(enqueued).toEqual([]);
  });

  it("bulk prompts: one generation per prompt, same files, one batch, idempotent", async () => {
    const key = crypto.randomUUID();
    const input = { images: [await file("photo.png", png(64, 48))], mask: await file("mask.png", mask(64, 48, { x: 0, y: 0, w: 8, h: 8 })), prompts: ["a cat", "a dog", "a fox"], idempotencyKey: key };
    const { ids, batchId } = await submit(input);
    expect(ids).toHaveLength(3);
    const gens = await prisma.generation.findMany({ where: { id: { in: ids } }, include: { inputs: true } });
    expect(new Set(gens.map((g) => g.batchId))).toEqual(new Set([batchId]));
    expect(gens.map((g) => g.prompt).sort()).toEqual(["a cat", "a dog", "a fox"]);
    expect(new Set(gens.map((g) => g.idempotencyKey))).toEqual(new Set([0, 1, 2].map((i) => itemKey(key, i, 3))));
    expect(new Set(gens.flatMap((g) => g.inputs.map((i) => i.storageKey))).size).toBe(2); // one image, one mask
    const before = await rows();
    expect((await submit(input)).ids).toEqual(ids);
    expect(await rows()).toBe(before);
  });

  it("bulk targets: each selected image is the base of its own generation", async () => {
    const [a, b] = [await stored(who.teamId, 64, 48), await stored(who.teamId, 64, 48)];
    const { ids } = await submit({ images: [], targets: [a, b], mask: await file("mask.png", mask(64, 48, { x: 0, y: 0, w: 8, h: 8 })) });
    const bases = await prisma.generationInput.findMany({ where: { generationId: { in: ids }, role: "image", index: 0 } });
    expect(bases.map((i) => i.name).sort()).toEqual([`fresco-${a}.png`, `fresco-${b}.png`].sort());
    // Each is its target's child in the lineage.
    const made = await prisma.generation.findMany({ where: { id: { in: ids } }, select: { parentImageId: true } });
    expect(made.map((g) => g.parentImageId).sort()).toEqual([a, b].sort());
  });

  it("a mask that does not fit one of the selected images names it, and nothing is made", async () => {
    const [a, b] = [await stored(who.teamId, 64, 48), await stored(who.teamId, 32, 32)];
    const before = await rows();
    const err = await submit({ images: [], targets: [a, b], mask: await file("mask.png", mask(64, 48, { x: 0, y: 0, w: 8, h: 8 })) }).catch((e: unknown) => e);
    expect((err as AppError).message).toBe(`mask.png is 64×48 but fresco-${b}.png is 32×32: the mask must be the same size.`);
    expect(await rows()).toBe(before);
  });

  it("another team's image is Not found, exactly like a missing one, and nothing is stored", async () => {
    const theirs = await stored(otherTeam, 64, 48);
    const before = await rows();
    for (const attempt of [{ images: [{ imageId: theirs }] }, { images: [], targets: [theirs] }, { images: [{ imageId: "cmissing0000000000000000" }] }]) {
      const err = await submit(attempt).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: "NOT_FOUND", message: "Not found." });
    }
    expect(await rows()).toBe(before);
    expect(enqueued).toEqual([]);
  });

  it("a bad file stops the whole submission before anything is stored", async () => {
    const before = await rows();
    const html = await file("photo.png", Buffer.from("<html></html>"));
    const err = await submit({ images: [html] }).catch((e: unknown) => e);
    expect((err as AppError).message).toBe("photo.png is not a PNG, JPEG or WebP image (its content says otherwise).");
    expect(await rows()).toBe(before);
  });
});

describe("editFormSchema", () => {
  const parse = (form: FormData) => editFormSchema.safeParseAsync(form);
  const base = () => toEditFormData({ params: { prompt: "x" }, images: [{ imageId: "img1" }], idempotencyKey: crypto.randomUUID() });

  it("reads params, slots, files and defaults", async () => {
    const form = toEditFormData({ params: { prompt: "x", n: 2 }, images: [new File(["a"], "a.png"), { imageId: "img1" }], idempotencyKey: crypto.randomUUID() });
    const parsed = await parse(form);
    expect(parsed.success && parsed.data).toMatchObject({
      params: [{ prompt: "x", n: 2, size: "auto" }],
      slots: [{ kind: "upload", field: "file0" }, { kind: "image", imageId: "img1" }],
      options: { keepOutsideMask: true },
    });
  });

  it("names what is wrong", async () => {
    const cases: [(f: FormData) => void, string][] = [
      [(f) => f.set("params", "{oops"), "params is not valid JSON."],
      [(f) => f.set("params", JSON.stringify({ prompt: "" })), "Write a prompt describing the image."],
      [(f) => f.set("slots", "[]"), "Choose the image to edit."],
      [(f) => f.set("slots", JSON.stringify([{ kind: "upload", field: "file3" }])), "No file was sent in file3."],
      [(f) => { f.set("prompts", '["a"]'); f.set("targets", '["b"]'); }, "Choose several prompts or several images, not both."],
      [(f) => f.set("prompts", JSON.stringify(["ok", " "])), "Write a prompt describing the image."],
      [(f) => f.set("idempotencyKey", "nope"), "Invalid UUID"],
    ];
    for (const [change, message] of cases) {
      const form = base();
      change(form);
      const parsed = await parse(form);
      expect(parsed.success).toBe(false);
      expect(JSON.stringify(parsed.error?.issues), message).toContain(message);
    }
  });
});
