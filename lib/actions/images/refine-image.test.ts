// Vary and Re-prompt through the real actions and database: each makes one new generation whose
// parent is the image, with the image's own request (Vary) or the same with a new prompt
// (Re-prompt); the caps of every submission apply; an edit is sent back to the editor.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { who } from "@/lib/testing/signed-in";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";
// Low enough that one high-quality gpt-image-1.5 image is over it, a low-quality mini one under.
process.env.FRESCO_MAX_REQUEST_USD = "0.10";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The new work is only queued; no provider call is made in this test.
vi.mock("@/lib/jobs/runner", () => ({ enqueueGeneration: () => {} }));

const { prisma } = await import("@/lib/db/client");
const { varyImageAction } = await import("./vary-image");
const { repromptImageAction } = await import("./reprompt-image");
const { makeEditGeneration, makePerson, makeTeam } = await import("@/lib/testing/people");
const { MAX_PROMPT_CHARS } = await import("@/lib/images/schemas");

let teamId = "";
let userId = "";

beforeAll(async () => {
  const ann = await makePerson("Ann");
  teamId = await makeTeam(ann, "Studio");
  userId = ann.user.id;
  who.current = ann;
});

const PARAMS = { model: "gpt-image-1-mini", prompt: "a red kite over dunes", n: 3, size: "1536x1024", quality: "low", background: "opaque", output_format: "webp", output_compression: 80 };

async function imageMadeWith(params: Record<string, unknown>) {
  const g = await prisma.generation.create({
    data: {
      teamId, createdById: userId, kind: "generate", model: String(params.model), prompt: String(params.prompt), params: params as object, status: "succeeded",
      images: { create: [0, 1].map((index) => ({ index, format: "png", width: 4, height: 4, bytes: 1, sha256: `x${index}${Math.random()}`, storageKey: `k${index}${Math.random()}`, thumbnailKey: `t${index}${Math.random()}` })) },
    },
    include: { images: true },
  });
  return g.images[1]!.id;
}

const rowOf = (id: string) => prisma.generation.findUniqueOrThrow({ where: { id } });

describe("Vary", () => {
  it("asks the image's own request again, for one image, as its child", async () => {
    const imageId = await imageMadeWith(PARAMS);
    const result = await varyImageAction({ imageId, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBeUndefined();
    const child = await rowOf(result.data!.generation!.id);
    expect(child).toMatchObject({ parentImageId: imageId, kind: "generate", model: "gpt-image-1-mini", prompt: PARAMS.prompt, status: "queued", createdById: userId });
    expect(child.params).toMatchObject({ ...PARAMS, n: 1 });
    expect(result.data!.generation!.parent).toMatchObject({ imageId, index: 1 });
  });

  it("is refused over the cost ceiling, and records nothing", async () => {
    const imageId = await imageMadeWith({ ...PARAMS, model: "gpt-image-1.5", quality: "high", n: 1 });
    const before = await prisma.generation.count({ where: { teamId } });
    const result = await varyImageAction({ imageId, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toMatch(/over the \$0\.10 limit per request \(FRESCO_MAX_REQUEST_USD\)/);
    expect(await prisma.generation.count({ where: { teamId } })).toBe(before);
  });

  it("sends an edit back to the editor", async () => {
    const edit = await makeEditGeneration(teamId, userId);
    const result = await varyImageAction({ imageId: edit.images[0]!.id, idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBe("Only generated images can be run again this way: open it in the editor to run it again.");
  });
});

describe("Re-prompt", () => {
  it("asks the same request with the new prompt, as the image's child", async () => {
    const imageId = await imageMadeWith(PARAMS);
    const result = await repromptImageAction({ imageId, prompt: "  a blue kite at dusk ", idempotencyKey: crypto.randomUUID() });
    expect(result.serverError).toBeUndefined();
    const child = await rowOf(result.data!.generation!.id);
    expect(child).toMatchObject({ parentImageId: imageId, prompt: "a blue kite at dusk" });
    expect(child.params).toMatchObject({ ...PARAMS, prompt: "a blue kite at dusk", n: 1 });
  });

  it("refuses an empty or too long prompt with the panel's sentence, and records nothing", async () => {
    const imageId = await imageMadeWith(PARAMS);
    const before = await prisma.generation.count({ where: { teamId } });
    const empty = await repromptImageAction({ imageId, prompt: "   ", idempotencyKey: crypto.randomUUID() });
    const long = await repromptImageAction({ imageId, prompt: "x".repeat(MAX_PROMPT_CHARS + 1), idempotencyKey: crypto.randomUUID() });
    expect(empty.validationErrors?.prompt?._errors).toEqual(["Write a prompt describing the image."]);
    expect(long.validationErrors?.prompt?._errors).toEqual(["The prompt is too long: keep it under 32,000 characters."]);
    expect(await prisma.generation.count({ where: { teamId } })).toBe(before);
  });
});
