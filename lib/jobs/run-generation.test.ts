// The job runner against the offline emulator's faults: every failure ends as a stored
// generation with its code, a sentence and the request id, and stores no files.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

process.env.FRESCO_EMULATOR_PORT = "0";
process.env.FRESCO_EMULATOR_LATENCY_MS = "0";
// Short enough that the hanging case ends soon, long enough for a streamed call on a busy CI machine.
process.env.FRESCO_PROVIDER_TIMEOUT_MS = "5000";
process.env.FRESCO_RATE_LIMIT_PER_MINUTE = "0"; // one person runs every case here within a minute

const { prisma } = await import("@/lib/db/client");
const { submitGeneration } = await import("@/lib/submissions/submit");
const { subscribeTeam } = await import("@/lib/jobs/events");
const { cancelJob, startRunner } = await import("@/lib/jobs/runner");
const { ensureEmulator } = await import("@/lib/provider/emulator");
const { setServices } = await import("@/lib/services");
const { fakeClock } = await import("@/lib/testing/fake-clock");
const { makePerson, makeTeam } = await import("@/lib/testing/people");

let who: { teamId: string; userId: string };
/** Retry waits are recorded here instead of spent. */
let clock: ReturnType<typeof fakeClock>;

beforeAll(async () => {
  const person = await makePerson("Runner");
  who = { teamId: await makeTeam(person, "Runner team"), userId: person.user.id };
  return startRunner();
});
beforeEach(() => {
  clock = fakeClock();
  return setServices({ clock });
});

async function run(prompt: string, extra: Record<string, unknown> = {}, onStart?: (id: string) => void) {
  const events: string[] = [];
  const { id } = await submitGeneration(who, {
    params: { model: "gpt-image-1-mini", prompt, n: 1, size: "1024x1024", quality: "low", background: "auto", moderation: "auto", output_format: "png", stream: false, partial_images: 0, ...extra },
    idempotencyKey: crypto.randomUUID(),
  });
  await new Promise<void>((resolve) => {
    const off = subscribeTeam(who.teamId, (e) => {
      if (e.generationId !== id) return;
      events.push(e.type === "partial" ? `partial:${e.partialIndex}` : `${e.type}:${e.status}`);
      if (e.type === "status" && e.status === "running") onStart?.(id);
      if (e.type === "finished") {
        off();
        resolve();
      }
    });
  });
  return { row: await prisma.generation.findUniqueOrThrow({ where: { id }, include: { images: true } }), events };
}

function blobCount(): number {
  const root = path.join(process.env.FRESCO_DATA_DIR!, "blobs");
  const walk = (d: string): number => {
    try {
      return readdirSync(d, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? walk(path.join(d, e.name)) : 1), 0);
    } catch {
      return 0;
    }
  };
  return walk(root);
}

describe("failures that explain themselves", () => {
  it.each([
    ["[fault:moderation]", "moderation_blocked", /safety system refused/],
    ["[fault:401]", "auth", /rejected the API key/],
    ["[fault:malformed-json]", "bad_response", /.+/],
    ["[fault:truncated-b64]", "bad_response", /.+/],
    ["[fault:quota]", "quota", /no credit/],
  ])("%s → a failed generation with code %s, its reason and request id, and no files", async (marker, code, message) => {
    const before = blobCount();
    const { row } = await run(`a red kite ${marker}`);
    expect(row.status).toBe("failed");
    expect(row.errorCode).toBe(code);
    expect(row.errorMessage).toMatch(message);
    expect(row.images).toHaveLength(0);
    expect(row.costUsd).toBeNull();
    expect(blobCount()).toBe(before);
    if (code !== "bad_response") expect(row.requestId).toMatch(/^req_/);
  });

  it("rate limits are retried twice, then explained with the retries", async () => {
    const { row } = await run("a blue kite [fault:429]");
    expect(row.status).toBe("failed");
    expect(row.errorCode).toBe("rate_limited");
    expect(row.retries).toBe(2);
    expect(row.errorMessage).toMatch(/Rate limited by the provider — retried 2 times; try again/);
    expect(clock.waits).toEqual([1000, 1000]); // the provider's retry-after, twice
  });

  it("a passing 5xx is retried and the generation succeeds, with the retry recorded", async () => {
    const { row } = await run("a green kite [fault:503x1]");
    expect(row.status).toBe("succeeded");
    expect(row.retries).toBe(1);
    expect(row.images).toHaveLength(1);
    expect(clock.waits).toHaveLength(1);
  });

  it("a timeout is never retried (the provider may have billed it)", async () => {
    const { row } = await run("a slow kite [fault:hang]");
    expect(row.status).toBe("failed");
    expect(row.errorCode).toBe("timeout");
    expect(row.retries).toBe(0);
    expect(clock.waits).toEqual([]);
  });
});

describe("relay quirks and usage", () => {
  it.each(["[fault:url]", "[fault:data-prefix]"])("%s still stores the image and its cost", async (marker) => {
    const { row } = await run(`a yellow kite ${marker}`);
    expect(row.status).toBe("succeeded");
    expect(row.images[0]?.format).toBe("png");
    expect(row.costUsd?.toString()).toMatch(/^0\.00/);
  });

  it.each(["[fault:no-usage]", "[fault:chat-usage]"])("%s leaves the cost unknown, never $0", async (marker) => {
    const { row } = await run(`a white kite ${marker}`);
    expect(row.status).toBe("succeeded");
    expect(row.costUsd).toBeNull();
    expect(row.totalTokens).toBeNull();
  });

  it("records the size, quality, background and format the provider used, never auto, beside the request as asked", async () => {
    const { row } = await run("a green kite", { size: "auto", quality: "auto", background: "auto" });
    expect(row.status).toBe("succeeded");
    expect(row.params).toMatchObject({ size: "auto", quality: "auto", background: "auto" });
    expect(row).toMatchObject({ resolvedSize: "1024x1024", resolvedQuality: "medium", resolvedBackground: "opaque", resolvedFormat: "png" });
  });
});

describe("streaming, canceling and idempotency", () => {
  it("streams partial images before the final one", async () => {
    const { row, events } = await run("a purple kite", { stream: true, partial_images: 2 });
    expect(row.status).toBe("succeeded");
    expect(events.filter((e) => e.startsWith("partial"))).toEqual(["partial:0", "partial:1"]);
    expect(row.imageTokensOut).toBe(272 + 200);
  });

  it("canceling a running generation aborts the call and records that the cost is unknown", async () => {
    const emulator = await ensureEmulator();
    const before = emulator.requestCount();
    // Canceled once the request is at the provider (which hangs on it), not after a guessed delay.
    const atProvider = async (id: string) => {
      await expect.poll(() => emulator.requestCount()).toBe(before + 1);
      expect(await cancelJob(id)).toBe("aborted");
    };
    const { row } = await run("a stuck kite [fault:hang]", {}, (id) => void atProvider(id));
    expect(row.status).toBe("canceled");
    expect(row.errorMessage).toMatch(/cost is unknown/);
    expect(row.costUsd).toBeNull();
    await expect.poll(() => cancelJob(row.id)).toBe("unknown"); // the runner let go of it
  });

  it("a resubmitted form never makes a second provider call", async () => {
    const emulator = await ensureEmulator();
    const before = emulator.requestCount();
    const input = {
      params: { model: "gpt-image-1-mini" as const, prompt: "one kite only", n: 1, size: "1024x1024" as const, quality: "low" as const, background: "auto" as const, moderation: "auto" as const, output_format: "png" as const, stream: false, partial_images: 0 },
      idempotencyKey: crypto.randomUUID(),
    };
    const [a, b] = await Promise.all([submitGeneration(who, input), submitGeneration(who, input)]);
    const c = await submitGeneration(who, input);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    // On PostgreSQL the job goes through the shared queue: give it more than poll's default second.
    await expect.poll(async () => (await prisma.generation.findUniqueOrThrow({ where: { id: a.id } })).status, { timeout: 15_000 }).toBe("succeeded");
    expect(emulator.requestCount() - before).toBe(1);
  });
});
