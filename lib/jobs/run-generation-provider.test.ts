// The runner sends a generation to the team's provider it was submitted for: that provider's
// base URL and key (opened at call time), and each preset's relay answer shapes are tolerated.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningEmulator } from "@/lib/emulator";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";
process.env.FRESCO_PROVIDER_TIMEOUT_MS = "3000";

const { prisma } = await import("@/lib/db/client");
const { createGeneration } = await import("@/lib/db/generations");
const { createProvider } = await import("@/lib/db/providers");
const { encryptKey } = await import("@/lib/auth/provider-keys");
const { subscribeTeam } = await import("@/lib/jobs/events");
const { enqueueGeneration, startRunner } = await import("@/lib/jobs/runner");
const { startEmulator } = await import("@/lib/emulator");
const { ensureEmulator } = await import("@/lib/provider/emulator");
const { paramsForProvider } = await import("./provider-for-run");
const { limitsOf } = await import("@/lib/provider/limits");
const { makePerson, makeTeam } = await import("@/lib/testing/people");
const { ensureDefaultProject } = await import("@/lib/db/projects");

const TEAM_KEY = "sk-team-relay-key-9Q7Z";
let relay: RunningEmulator;
let who: { teamId: string; userId: string };
let projectId = "";

beforeAll(async () => {
  relay = await startEmulator({ port: 0, apiKey: TEAM_KEY });
  const person = await makePerson("Relay user");
  who = { teamId: await makeTeam(person, "Relay team"), userId: person.user.id };
  projectId = (await ensureDefaultProject({ teamId: who.teamId, userId: who.userId, name: "P" })).id;
  return startRunner();
});
afterAll(() => relay.close());

async function providerFor(preset: "cometapi" | "modelverse" | "custom", key = TEAM_KEY) {
  return createProvider({
    teamId: who.teamId, name: `${preset} ${crypto.randomUUID()}`, preset, baseURL: relay.baseURL, models: ["gpt-image-1"],
    keyCiphertext: encryptKey(key), keyLast4: key.slice(-4),
  });
}

async function run(providerId: string | null, prompt = "a lighthouse") {
  const params = { model: "gpt-image-1", prompt, n: 1, size: "1024x1024", quality: "low", background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0 };
  const { id } = await createGeneration({ teamId: who.teamId, createdById: who.userId, request: { kind: "generate", params } as never, projectId, providerId });
  const finished = new Promise<void>((resolve) => {
    const off = subscribeTeam(who.teamId, (e) => {
      if (e.generationId !== id || e.type !== "finished") return;
      off();
      resolve();
    });
  });
  await enqueueGeneration({ id, owner: who.userId, teamId: who.teamId });
  await finished;
  return prisma.generation.findUniqueOrThrow({ where: { id }, include: { images: true } });
}

describe("the runner and the team's provider", () => {
  it("sends to the provider's base URL with its key; the environment's emulator is not called", async () => {
    const p = await providerFor("custom");
    const local = await ensureEmulator();
    const [relayBefore, localBefore] = [relay.requestCount(), local.requestCount()];
    const row = await run(p.id);
    expect(row.status).toBe("succeeded");
    expect(row.images).toHaveLength(1);
    expect(relay.requestCount()).toBe(relayBefore + 1);
    expect(local.requestCount()).toBe(localBefore);
  });

  it("a wrong key is the provider's refusal, stored with its sentence", async () => {
    const p = await providerFor("custom", "sk-wrong-key-0000");
    const row = await run(p.id);
    expect(row.status).toBe("failed");
    expect(row.errorMessage).toMatch(/key/i);
  });

  it("without a provider the environment's default (the emulator) is used", async () => {
    const before = relay.requestCount();
    expect((await run(null)).status).toBe("succeeded");
    expect(relay.requestCount()).toBe(before);
  });

  for (const preset of ["cometapi", "modelverse"] as const) {
    for (const fault of ["url", "data-prefix", "chat-usage", "no-usage"]) {
      it(`${preset}: an answer with ${fault} is stored as images`, async () => {
        const p = await providerFor(preset);
        const row = await run(p.id, `a harbour [fault:${fault}]`);
        expect(row.status).toBe("succeeded");
        expect(row.images).toHaveLength(1);
        if (fault === "no-usage") expect(row.costUsd).toBeNull(); // unknown, never $0
      });
    }
  }

  it("Modelverse's compression is sent in its own (inverted) meaning", () => {
    expect(paramsForProvider({ output_compression: 80 }, limitsOf("modelverse")).output_compression).toBe(20);
    expect(paramsForProvider({ output_compression: 80 }, limitsOf("cometapi")).output_compression).toBe(80);
    expect(paramsForProvider({ size: "auto" }, limitsOf("modelverse")).size).toBe("1024x1536");
    expect(paramsForProvider({ size: "auto" }, limitsOf("cometapi")).size).toBe("auto");
  });
});
