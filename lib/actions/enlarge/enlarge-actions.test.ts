// Enlarging through the real actions, database, blob store and the offline emulator: locally a
// $0 step of kind "local" with a file of the asked size and a thumbnail; by the model an edit on
// gpt-image-2 that comes back at the asked size (not mapped back to the base's); both children of
// the image, in its project; a size past a way's limit is refused with its sentence, storing nothing.
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";
process.env.FRESCO_RATE_LIMIT_PER_MINUTE = "0";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { enlargeImagesAction } = await import("./enlarge-images");
const { enlargeFinalistsAction } = await import("./enlarge-finalists");
const { estimateEnlargementAction } = await import("./estimate-enlargement");
const { subscribeTeam } = await import("@/lib/jobs/events");
const { startRunner } = await import("@/lib/jobs/runner");
const { readBlob, putBlob } = await import("@/lib/storage/blob-store");
const { makeThumbnail } = await import("@/lib/storage/thumbnails");
const { currentProject } = await import("@/lib/db/projects");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

let teamId = "";
let userId = "";
let projectId = "";

beforeAll(async () => {
  const ann = await makePerson("Ann");
  teamId = await makeTeam(ann, "Studio");
  userId = ann.user.id;
  who.current = ann;
  projectId = (await currentProject({ teamId, userId })).id;
  return startRunner();
});

/** A finished generation of `n` real 640×512 PNGs, the first ones marked finalists. */
async function source(n = 1, finalists = 0) {
  const png = await sharp({ create: { width: 640, height: 512, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toBuffer();
  const blob = await putBlob(png, "png");
  const thumb = await makeThumbnail(png);
  const file = { format: "png", width: 640, height: 512, bytes: blob.bytes, sha256: blob.sha256, storageKey: blob.key, thumbnailKey: thumb.key };
  return prisma.generation.create({
    data: {
      teamId, createdById: userId, projectId, kind: "generate", model: "gpt-image-1-mini", prompt: "a blue kite", status: "succeeded",
      params: { model: "gpt-image-1-mini", prompt: "a blue kite", n, size: "1024x1024", quality: "low" },
      images: { create: Array.from({ length: n }, (_, index) => ({ index, ...file, pick: index < finalists ? "finalist" : null })) },
    },
    include: { images: true },
  });
}

const pixelsOf = async (key: string) => {
  const meta = await sharp(await readBlob(key)).metadata();
  return { width: meta.width, height: meta.height };
};

function finished(id: string): Promise<string> {
  return new Promise((resolve) => {
    const off = subscribeTeam(teamId, (e) => {
      if (e.generationId === id && e.type === "finished") {
        off();
        resolve(e.status);
      }
    });
  });
}

describe("enlarging locally", () => {
  it("stores a $0 local step, a child of the image in its project, with a file of the asked size and a thumbnail", async () => {
    const { images } = await source();
    const key = crypto.randomUUID();
    const result = await enlargeImagesAction({ imageIds: [images[0]!.id], target: { by: "4k" }, way: { method: "local" }, idempotencyKey: key });
    expect(result.serverError).toBeUndefined();
    const view = result.data!.generations[0]!;
    expect(view).toMatchObject({ kind: "local", status: "succeeded", costUsd: "0", parentImageId: images[0]!.id, parent: { imageId: images[0]!.id } });
    expect(view.images).toEqual([expect.objectContaining({ width: 3216, height: 2560, format: "png" })]);
    const row = await prisma.generation.findUniqueOrThrow({ where: { id: view.id }, include: { images: true } });
    expect(row).toMatchObject({ projectId, providerId: null, sentAt: null, prompt: "a blue kite" });
    expect(await pixelsOf(row.images[0]!.storageKey)).toEqual({ width: 3216, height: 2560 });
    expect((await sharp(await readBlob(row.images[0]!.thumbnailKey)).metadata()).width).toBe(384);

    // The same submission again (a double click) finds its step and makes nothing new.
    const again = await enlargeImagesAction({ imageIds: [images[0]!.id], target: { by: "4k" }, way: { method: "local" }, idempotencyKey: key });
    expect(again.data!.generations.map((g) => g.id)).toEqual([view.id]);
    expect(await prisma.generation.count({ where: { parentImageId: images[0]!.id } })).toBe(1);
  });

  it("refuses past 8K with the sentence, storing nothing", async () => {
    const { images } = await source();
    const before = await prisma.generation.count({ where: { teamId } });
    const result = await enlargeImagesAction({ imageIds: [images[0]!.id], target: { by: "width", width: 7680 }, way: { method: "local" }, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBe("Fresco enlarges locally up to 7680 pixels a side and 33,177,600 pixels (8K): 7680×6144 is more.");
    expect(await prisma.generation.count({ where: { teamId } })).toBe(before);
  });
});

describe("enlarging by the model", () => {
  it("edits on gpt-image-2 at 2× with a keep-the-content prompt, no input_fidelity, and keeps the output at that size", async () => {
    const { images } = await source();
    const result = await enlargeImagesAction({ imageIds: [images[0]!.id], target: { by: "scale", factor: 2 }, way: { method: "model", model: "gpt-image-2" }, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBeUndefined();
    const view = result.data!.generations[0]!;
    const done = finished(view.id);
    expect(view).toMatchObject({ kind: "edit", model: "gpt-image-2", parentImageId: images[0]!.id, options: { keepOutsideMask: false, enlarge: true } });
    expect(view.params).toMatchObject({ size: "1280x1024", quality: "high", n: 1, output_format: "png" });
    expect(view.params).not.toHaveProperty("input_fidelity");
    expect(view.prompt).toMatch(/^Enlarge this image to 1280×1024\. Keep its content exactly/);
    expect(await done).toBe("succeeded");
    const row = await prisma.generation.findUniqueOrThrow({ where: { id: view.id }, include: { images: true, inputs: true } });
    expect(row).toMatchObject({ projectId, resolvedSize: "1280x1024" });
    expect(row.inputs).toEqual([expect.objectContaining({ role: "image", storageKey: images[0]!.storageKey })]);
    expect(row.images[0]).toMatchObject({ width: 1280, height: 1024 });
    expect(await pixelsOf(row.images[0]!.storageKey)).toEqual({ width: 1280, height: 1024 });
  });

  it("refuses past the model's limit with the sentence, storing nothing", async () => {
    const { images } = await source();
    const before = await prisma.generation.count({ where: { teamId } });
    const result = await enlargeImagesAction({ imageIds: [images[0]!.id], target: { by: "width", width: 4000 }, way: { method: "model", model: "gpt-image-2" }, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBe("GPT Image 2: Each side may be at most 3840 pixels: 4000 is more. Choose a smaller size, or enlarge locally.");
    expect(await prisma.generation.count({ where: { teamId } })).toBe(before);
  });

  it("enlarges every finalist of a submission in one step", async () => {
    const { id, images } = await source(4, 2);
    const result = await enlargeFinalistsAction({ generationId: id, target: { by: "scale", factor: 2 }, way: { method: "local" }, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBeUndefined();
    expect(result.data!.generations.map((g) => g.parentImageId)).toEqual([images[0]!.id, images[1]!.id]);
  });

  it("says so when a submission has no finalists yet", async () => {
    const { id } = await source(2);
    const result = await enlargeFinalistsAction({ generationId: id, target: { by: "scale", factor: 2 }, way: { method: "local" }, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBe("This submission has no finalists to enlarge: mark one with the star first.");
  });
});

describe("the estimate", () => {
  it("gives both ways side by side, with the size each image comes out and the way that cannot make it", async () => {
    const { images } = await source(2);
    const ids = images.map((i) => i.id);
    const result = await estimateEnlargementAction({ imageIds: ids, target: { by: "scale", factor: 6 }, model: "gpt-image-2" });
    expect(result.data!.estimate).toEqual({
      items: ids.map((imageId) => ({ imageId, from: "640×512", to: "3840×3072" })),
      model: { label: "GPT Image 2", usd: null, problem: "Image 1 of 2: GPT Image 2: At most 3840×2160 (8,294,400 pixels): 3840×3072 is 11,796,480. Choose a smaller size, or enlarge locally." },
      local: { usd: "0", problem: null },
    });
  });

  it("answers another team's image as missing", async () => {
    const other = await makePerson("Olga");
    const otherTeam = await makeTeam(other, "Elsewhere");
    const foreign = await prisma.generation.create({
      data: { teamId: otherTeam, kind: "generate", model: "gpt-image-1-mini", prompt: "theirs", params: {}, status: "succeeded", images: { create: [{ index: 0, format: "png", width: 640, height: 512, bytes: 1, sha256: "s", storageKey: "k", thumbnailKey: "t" }] } },
      include: { images: true },
    });
    const result = await estimateEnlargementAction({ imageIds: [foreign.images[0]!.id], target: { by: "scale", factor: 2 }, model: "gpt-image-2" });
    expect(result.serverError).toBe("Not found.");
  });
});
