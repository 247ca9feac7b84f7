import OpenAI from "openai";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { b64Of, decode, post, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";

const generate = (prompt: string, client = sdk(emulator())) => client.images.generate({ model, prompt, quality: "low" });
const failure = (prompt: string) => generate(prompt).catch((e: unknown) => e);

describe("faults selected by a [fault:NAME] marker in the prompt", () => {
  it("429: RateLimitError with retry-after headers", async () => {
    const err = await failure("a cat [fault:429]");
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const e = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect({ code: e.code, type: e.type }).toEqual({ code: "rate_limit_exceeded", type: "rate_limit_exceeded" });
    expect(e.headers.get("retry-after")).toBe("1");
    expect(e.headers.get("retry-after-ms")).toBe("1000");
    expect(e.requestID).toMatch(/^req_/);
  });

  it("quota: 429 insufficient_quota", async () => {
    const err = await failure("[fault:quota] a cat");
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err).toMatchObject({ code: "insufficient_quota", type: "insufficient_quota" });
  });

  it("500 and 503: InternalServerError with type server_error", async () => {
    for (const status of [500, 503]) {
      const err = await failure(`a cat [fault:${status}]`);
      expect(err).toBeInstanceOf(OpenAI.InternalServerError);
      expect(err).toMatchObject({ status, type: "server_error" });
    }
  });

  it("401: AuthenticationError even with a good key", async () => {
    const err = await failure("a cat [fault:401]");
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(err).toMatchObject({ code: "invalid_api_key" });
  });

  it("moderation: 400 image_generation_user_error / moderation_blocked", async () => {
    const err = await failure("a cat [fault:moderation]");
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err).toMatchObject({ type: "image_generation_user_error", code: "moderation_blocked" });
  });

  it("hang: never answers; the client times out and the request stays pending", async () => {
    const emu = emulator();
    const err = await generate("a cat [fault:hang]", sdk(emu, { timeout: 300 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    const last = emu.requests().at(-1);
    expect(last).toMatchObject({ path: "/v1/images/generations", status: null });
  });

  it("malformed-json: a 200 whose JSON body is cut short", async () => {
    const res = await post(emulator(), "/images/generations", JSON.stringify({ model, prompt: "[fault:malformed-json]" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    const text = await res.text();
    expect(text.startsWith('{"created":')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
    await expect(failure("[fault:malformed-json]")).resolves.toBeInstanceOf(Error);
  });

  it("truncated-b64: b64_json that does not decode as an image", async () => {
    const b64 = b64Of(await generate("a cat [fault:truncated-b64]"));
    const whole = b64Of(await generate("a cat"));
    expect(b64.length).toBeLessThan(whole.length);
    await expect(sharp(Buffer.from(b64, "base64")).raw().toBuffer()).rejects.toThrow();
  });

  it("url: data[].url pointing at the emulator, serving the image bytes", async () => {
    const res = await generate("a cat [fault:url]");
    const datum = res.data?.[0];
    expect(datum?.b64_json).toBeUndefined();
    expect(datum?.url).toMatch(new RegExp(`^${emulator().url}/v1/_files/file_[0-9a-f]+$`));
    const file = await fetch(datum?.url ?? "");
    expect(file.headers.get("content-type")).toBe("image/png");
    expect(await decode(Buffer.from(await file.arrayBuffer()))).toMatchObject({ format: "png", width: 1024, height: 1024 });
  });

  it("data-prefix: b64_json with a data: URL prefix", async () => {
    const b64 = b64Of(await generate("a cat [fault:data-prefix]"));
    expect(b64.startsWith("data:image/png;base64,")).toBe(true);
    expect((await decode(b64.slice("data:image/png;base64,".length))).format).toBe("png");
  });

  it("no-usage and chat-usage", async () => {
    expect((await generate("a cat [fault:no-usage]")).usage).toBeUndefined();
    const chat = (await generate("a cat [fault:chat-usage]")).usage as unknown;
    expect(chat).toEqual({ prompt_tokens: 6, completion_tokens: 272, total_tokens: 278 }); // 24 chars: 6 tokens
  });

  it("stream-error: one partial, then an error event the SDK raises", async () => {
    const stream = await sdk(emulator()).images.generate({ model, prompt: "a cat [fault:stream-error]", stream: true, partial_images: 2 });
    const seen: string[] = [];
    const err = await (async () => {
      for await (const event of stream) seen.push(event.type);
    })().catch((e: unknown) => e);
    expect(seen).toEqual(["image_generation.partial_image"]);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err).toMatchObject({ type: "server_error" });
  });

  it("stream-end: one partial, then the stream just ends, with neither completed nor an error", async () => {
    const stream = await sdk(emulator()).images.generate({ model, prompt: "a cat [fault:stream-end]", stream: true, partial_images: 2 });
    const seen: string[] = [];
    for await (const event of stream) seen.push(event.type);
    expect(seen).toEqual(["image_generation.partial_image"]);
  });

  it("NAMExN fails the first N identical requests, then succeeds; reset() clears the count", async () => {
    const emu = emulator();
    const body = JSON.stringify({ model, prompt: "retry me [fault:429x2]", quality: "low" });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(emu, "/images/generations", body)).status);
    expect(statuses).toEqual([429, 429, 200]);
    emu.reset();
    expect((await post(emu, "/images/generations", body)).status).toBe(429);
  });

  it("the SDK's own retry gets through a [fault:429x1] after honouring retry-after", async () => {
    const started = Date.now();
    const res = await generate("retry once [fault:429x1]", sdk(emulator(), { maxRetries: 1 }));
    expect(res.data).toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("an unknown fault name is a 400 on prompt, listing the known ones", async () => {
    const err = await failure("[fault:explode]");
    expect(err).toMatchObject({ status: 400, code: "invalid_value", param: "prompt" });
    expect((err as Error).message).toContain("[fault:hang]");
  });
});
