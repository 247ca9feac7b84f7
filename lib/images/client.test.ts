// The client against the offline emulator: real HTTP, real SDK, the relay quirks and faults
// of docs/images-api.md driven by `[fault:...]` markers in the prompt.
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "@/lib/emulator";
import { fakeClock, type FakeClock } from "@/lib/testing/fake-clock";
import { createImagesClient, type PartialImage } from "./client";
import { ProviderError } from "./errors";
import { editParamsSchema, generateParamsSchema, type GenerateParamsInput } from "./schemas";
import { sniffFormat } from "./sniff";

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ latencyMs: 0 });
});
afterAll(() => emu.close());

// Retry waits are recorded on a fake clock instead of spent: `clock.waits` is what a person would have waited.
let clock: FakeClock;
beforeEach(() => {
  clock = fakeClock();
});
const client = (timeoutMs = 10_000) => createImagesClient({ apiKey: "test-key", baseURL: emu.baseURL, timeoutMs, clock });
const gen = (input: GenerateParamsInput) => generateParamsSchema.parse(input);
let unique = 0;
/** A fresh prompt per test, so `xN` fault counters never carry over. */
const prompt = (text: string) => `${text} #${++unique}`;

/** Runs `fn` and returns how many requests it sent to the emulator. */
async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; requests: number }> {
  const before = emu.requestCount();
  const value = await fn();
  return { value, requests: emu.requestCount() - before };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

const png = (width: number, height: number, alpha = 1) =>
  sharp({ create: { width, height, channels: 4, background: { r: 30, g: 120, b: 200, alpha } } }).png().toBuffer();

describe("generate", () => {
  it("returns a decoded image, its resolved parameters, usage and request id", async () => {
    const text = prompt("a lighthouse at dusk");
    const { value: result, requests } = await counted(() => client().generate(gen({ prompt: text })));
    expect(requests).toBe(1);
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ format: "png", width: 1024, height: 1024 });
    expect(sniffFormat(result.images[0]!.bytes)).toBe("png");
    expect(result.resolved).toEqual({ size: "1024x1024", quality: "medium", background: "opaque", outputFormat: "png" });
    const textTokens = Math.ceil(text.length / 4);
    expect(result.usage).toEqual({ textTokensIn: textTokens, imageTokensIn: 0, imageTokensOut: 1056, textTokensOut: 0, totalTokens: textTokens + 1056 });
    expect(result.requestId).toMatch(/\S/);
    expect(result.retries).toBe(0);
    expect(clock.waits).toEqual([]);
  });

  it("makes n images in the requested size and format", async () => {
    const result = await client().generate(gen({ prompt: prompt("fox"), n: 2, size: "1536x1024", quality: "low", output_format: "jpeg", output_compression: 60 }));
    expect(result.images.map((i) => [i.format, i.width, i.height])).toEqual([
      ["jpeg", 1536, 1024],
      ["jpeg", 1536, 1024],
    ]);
    expect(result.usage?.imageTokensOut).toBe(800);
    expect(result.resolved.outputFormat).toBe("jpeg");
  });

  it("streams n images as n single-image calls, with partials and summed usage", async () => {
    const partials: PartialImage[] = [];
    const { value: result, requests } = await counted(() =>
      client().generate(gen({ prompt: prompt("owl"), n: 2, quality: "low", size: "1024x1024", stream: true, partial_images: 2 }), {
        onPartial: (p) => partials.push(p),
      }),
    );
    expect(requests).toBe(2);
    expect(result.images).toHaveLength(2);
    expect(partials.map((p) => `${p.imageIndex}:${p.partialIndex}`).sort()).toEqual(["0:0", "0:1", "1:0", "1:1"]);
    expect(partials.every((p) => p.format === "png" && sniffFormat(p.bytes) === "png")).toBe(true);
    // Each call: 272 for the image + 100 per partial.
    expect(result.usage?.imageTokensOut).toBe(2 * (272 + 200));
    expect(result.requestId).toBeTruthy();
  });
});

describe("edit", () => {
  it("sends the image and mask as multipart and counts input image tokens", async () => {
    const params = editParamsSchema.parse({ prompt: prompt("add a red hat"), quality: "low" });
    const result = await client().edit(params, { images: [{ name: "in.png", bytes: await png(1024, 1024) }], mask: await png(1024, 1024, 0) });
    expect(result.images[0]).toMatchObject({ width: 1024, height: 1024 });
    expect(result.usage).toMatchObject({ imageTokensIn: 194, imageTokensOut: 272 });
  });

  it("sends several images and high input fidelity on gpt-image-1.5; auto size follows the first image", async () => {
    const params = editParamsSchema.parse({ prompt: prompt("merge"), model: "gpt-image-1.5", input_fidelity: "high", quality: "low" });
    const result = await client().edit(params, {
      images: [
        { name: "a.png", bytes: await png(1536, 1024) },
        { name: "b.png", bytes: await png(1024, 1024) },
      ],
    });
    expect(result.usage?.imageTokensIn).toBe(323 + 194);
    expect(result.resolved.size).toBe("1536x1024");
  });

  it("re-sends the files when it retries an edit", async () => {
    const params = editParamsSchema.parse({ prompt: prompt("[fault:429x2] hat"), quality: "low" });
    const bytes = await png(1024, 1024);
    const { value, requests } = await counted(() => client().edit(params, { images: [{ name: "in.png", bytes }] }));
    expect(requests).toBe(3);
    expect(value).toMatchObject({ retries: 2, usage: { imageTokensIn: 194 } });
    expect(clock.waits).toEqual([1000, 1000]); // the emulator's retry-after: 1
  });

  it("streams an edit", async () => {
    const partials: PartialImage[] = [];
    const params = editParamsSchema.parse({ prompt: prompt("sketch"), stream: true, partial_images: 1, quality: "low" });
    const result = await client().edit(params, { images: [{ name: "in.png", bytes: await png(512, 512) }] }, { onPartial: (p) => partials.push(p) });
    expect(partials).toHaveLength(1);
    expect(result.images).toHaveLength(1);
  });
});

describe("relay quirks", () => {
  it("downloads a url instead of b64_json, also at the end of a stream", async () => {
    const json = await client().generate(gen({ prompt: prompt("[fault:url] cat"), output_format: "webp" }));
    expect(json.images[0]).toMatchObject({ format: "webp", width: 1024 });
    const streamed = await client().generate(gen({ prompt: prompt("[fault:url] dog"), stream: true }));
    expect(streamed.images[0]?.format).toBe("png");
  });

  it("strips a data: prefix", async () => {
    const result = await client().generate(gen({ prompt: prompt("[fault:data-prefix] bird") }));
    expect(result.images[0]?.format).toBe("png");
  });

  it("reports missing or chat-style usage as unknown (null)", async () => {
    expect((await client().generate(gen({ prompt: prompt("[fault:no-usage] x") }))).usage).toBeNull();
    expect((await client().generate(gen({ prompt: prompt("[fault:chat-usage] x") }))).usage).toBeNull();
  });
});

describe("failures", () => {
  it("retries a rate limit twice and then succeeds, reporting the retries", async () => {
    const { value, requests } = await counted(() => client().generate(gen({ prompt: prompt("[fault:429x2] boat") })));
    expect(value.retries).toBe(2);
    expect(value.images).toHaveLength(1);
    expect(requests).toBe(3);
    // Each wait is the provider's retry-after, and the provider time counts the waits.
    expect(clock.waits).toEqual([1000, 1000]);
    expect(value.providerMs).toBe(2000);
  });

  it("gives up after two retries of a persistent 500", async () => {
    const before = emu.requestCount();
    const err = await failure(client().generate(gen({ prompt: prompt("[fault:500] x") })));
    expect(err).toMatchObject({ code: "server_error", status: 500, retries: 2 });
    expect(emu.requestCount() - before).toBe(3);
    // No retry-after: 0.5 s then 1 s, each up to 25 % shorter.
    expect(clock.waits).toHaveLength(2);
    expect(clock.waits[0]).toBeGreaterThanOrEqual(375);
    expect(clock.waits[1]).toBeGreaterThanOrEqual(750);
  });

  it("reports a persistent rate limit with its wait", async () => {
    const err = await failure(client().generate(gen({ prompt: prompt("[fault:429] x") })));
    expect(err).toMatchObject({ code: "rate_limited", retries: 2, retryAfterSeconds: 1, message: "Rate limited by the provider — try again in 1 s." });
    expect(clock.waits).toEqual([1000, 1000]);
  });

  it("does not retry a timeout, which may have been billed", async () => {
    const before = emu.requestCount();
    const err = await failure(client(300).generate(gen({ prompt: prompt("[fault:hang] x") })));
    expect(err).toMatchObject({ code: "timeout", retries: 0 });
    expect(emu.requestCount() - before).toBe(1);
    expect(clock.waits).toEqual([]);
  });

  it("cancels a hanging request when the signal aborts", async () => {
    const controller = new AbortController();
    const before = emu.requestCount();
    const pending = failure(client().generate(gen({ prompt: prompt("[fault:hang] y") }), { signal: controller.signal }));
    await expect.poll(() => emu.requestCount()).toBe(before + 1); // the request hangs at the provider
    controller.abort();
    expect((await pending).code).toBe("canceled");
  });

  it("maps moderation, a bad key and an empty quota without retrying", async () => {
    const before = emu.requestCount();
    const moderation = await failure(client().generate(gen({ prompt: prompt("[fault:moderation] x") })));
    expect(moderation).toMatchObject({ code: "moderation_blocked", message: "The provider's safety system refused this prompt." });
    expect(moderation.requestId).toMatch(/^req_/);
    expect(moderation.providerMessage).toMatch(/include the request ID\.$/);
    expect((await failure(client().generate(gen({ prompt: prompt("[fault:401] x") })))).code).toBe("auth");
    expect((await failure(client().generate(gen({ prompt: prompt("[fault:quota] x") })))).code).toBe("quota");
    expect(emu.requestCount() - before).toBe(3);
  });

  it("reports malformed JSON and truncated base64 as bad responses, with the request id", async () => {
    const malformed = await failure(client().generate(gen({ prompt: prompt("[fault:malformed-json] x") })));
    expect(malformed).toMatchObject({ code: "bad_response", retries: 0 });
    expect(malformed.requestId).toMatch(/\S/);
    const truncated = await failure(client().generate(gen({ prompt: prompt("[fault:truncated-b64] x") })));
    expect(truncated.code).toBe("bad_response");
  });

  it("fails a stream that breaks midway after its first partial, without retrying it", async () => {
    const partials: PartialImage[] = [];
    const before = emu.requestCount();
    const err = await failure(
      client().generate(gen({ prompt: prompt("[fault:stream-error] x"), stream: true, partial_images: 2 }), { onPartial: (p) => partials.push(p) }),
    );
    expect(err.code).toBe("server_error");
    expect(partials).toHaveLength(1);
    expect(emu.requestCount() - before).toBe(1);
  });

  it("fails a stream that just ends, with neither a completed nor an error event, with a sentence", async () => {
    const partials: PartialImage[] = [];
    const before = emu.requestCount();
    const err = await failure(
      client().generate(gen({ prompt: prompt("[fault:stream-end] x"), stream: true, partial_images: 2 }), { onPartial: (p) => partials.push(p) }),
    );
    expect(err.code).toBe("bad_response");
    expect(err.message).toMatch(/^The provider's stream ended before the image was complete\./);
    expect(err.requestId).toMatch(/\S/);
    expect(partials).toHaveLength(1);
    expect(emu.requestCount() - before).toBe(1);
  });

  it("reports an unreachable provider as a connection error after retrying", async () => {
    const dead = createImagesClient({ apiKey: "k", baseURL: "http://127.0.0.1:9/v1", timeoutMs: 2_000, clock });
    const err = await failure(dead.generate(gen({ prompt: "x" })));
    expect(err).toMatchObject({ code: "connection", retries: 2 });
    expect(clock.waits).toHaveLength(2);
  });
});
