// Submitting to a team's provider: the work records the provider it goes to (the default, or
// the one chosen), parameters the provider does not take are refused with its sentence, and
// another team's provider is "not found".
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createProvider } from "@/lib/db/providers";
import type { GenerateParams } from "@/lib/images/schemas";
import { seal } from "@/lib/provider/key-seal";
import { services, setServices } from "@/lib/services";
import { makePerson, makeTeam } from "@/lib/testing/people";
import { submitGeneration } from "./submit";

process.env.FRESCO_RATE_LIMIT_PER_MINUTE = "0";

const params: GenerateParams = {
  model: "gpt-image-1", prompt: "a lighthouse in fog", n: 1, size: "1024x1024", quality: "low",
  background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0,
};
const who = { teamId: "", userId: "" };
const ids = { modelverse: "", comet: "", foreign: "" };
const sealed = { keyCiphertext: seal("sk-x-12345678", "s"), keyLast4: "5678" };

beforeAll(async () => {
  const dee = await makePerson("Dee");
  Object.assign(who, { teamId: await makeTeam(dee, "Dee's team"), userId: dee.user.id });
  const jobs = services().jobs;
  setServices({ jobs: { ...jobs, enqueue: async () => {} } }); // queued, never run here
  ids.modelverse = (await createProvider({ teamId: who.teamId, name: "Modelverse", preset: "modelverse", baseURL: "https://api.modelverse.cn/v1", models: ["gpt-image-1"], ...sealed })).id;
  ids.comet = (await createProvider({ teamId: who.teamId, name: "Comet", preset: "cometapi", baseURL: "https://api.cometapi.com/v1", models: ["gpt-image-1", "gpt-image-1-mini"], ...sealed })).id;
  const other = await makeTeam(await makePerson("Eve"), "Eve's team");
  ids.foreign = (await createProvider({ teamId: other, name: "Eve's", preset: "custom", baseURL: "http://127.0.0.1:1/v1", models: ["gpt-image-1"], ...sealed })).id;
});

const submit = (p: Partial<GenerateParams>, providerId?: string) =>
  submitGeneration(who, { params: { ...params, ...p }, idempotencyKey: crypto.randomUUID(), providerId });

describe("submitting to the team's provider", () => {
  it("goes to the team's default (the first added) and records it", async () => {
    const { id } = await submit({});
    expect((await prisma.generation.findUniqueOrThrow({ where: { id } })).providerId).toBe(ids.modelverse);
  });

  it("refuses what the default does not take, with its sentence, and stores nothing", async () => {
    const before = await prisma.generation.count({ where: { teamId: who.teamId } });
    await expect(submit({ output_format: "webp" })).rejects.toThrow("Modelverse returns PNG or JPEG images only.");
    await expect(submit({ size: "1536x1024", n: 11 })).rejects.toThrow(/1 to 10 images|makes/);
    await expect(submit({ model: "gpt-image-1-mini" })).rejects.toThrow("Modelverse does not serve GPT Image 1 mini");
    expect(await prisma.generation.count({ where: { teamId: who.teamId } })).toBe(before);
  });

  it("a chosen provider's own limits apply instead", async () => {
    const { id } = await submit({ output_format: "webp", model: "gpt-image-1-mini" }, ids.comet);
    expect((await prisma.generation.findUniqueOrThrow({ where: { id } })).providerId).toBe(ids.comet);
  });

  it("another team's provider is not found", async () => {
    await expect(submit({}, ids.foreign)).rejects.toThrow(/not found in this team/);
  });
});
