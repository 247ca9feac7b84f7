import OpenAI, { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { startEmulator } from "./index";
import { makePng, pattern, post, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";

type Body = OpenAI.Images.ImageGenerateParamsNonStreaming;

async function rejection(body: Record<string, unknown>) {
  const err = await sdk(emulator())
    .images.generate({ model, prompt: "x", ...body } as Body)
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OpenAI.BadRequestError);
  const e = err as InstanceType<typeof OpenAI.BadRequestError>;
  expect(e.requestID).toMatch(/^req_/);
  expect(e.type).toBe("invalid_request_error");
  return { code: e.code, param: e.param, message: (e.error as { message?: string }).message };
}

describe("validation errors on generations, as the SDK's typed errors", () => {
  it("quality 'standard' is invalid_value with the API's message", async () => {
    expect(await rejection({ quality: "standard" })).toEqual({
      code: "invalid_value",
      param: "quality",
      message: "Invalid value: 'standard'. Supported values are: 'low', 'medium', 'high', and 'auto'.",
    });
  });

  it.each([
    [{ response_format: "b64_json" }, "unknown_parameter", "response_format"],
    [{ style: "vivid" }, "unknown_parameter", "style"],
    [{ n: 11 }, "integer_above_max_value", "n"],
    [{ n: 0 }, "integer_below_min_value", "n"],
    [{ n: 1.5 }, "invalid_type", "n"],
    [{ n: "2" }, "invalid_type", "n"],
    [{ prompt: "" }, "empty_string", "prompt"],
    [{ background: "transparent", output_format: "jpeg" }, "invalid_value", "background"],
    [{ model: "dall-e-3" }, "invalid_value", "model"],
    [{ size: "512x512" }, "invalid_value", "size"],
    [{ output_format: "gif" }, "invalid_value", "output_format"],
    [{ output_compression: 101 }, "integer_above_max_value", "output_compression"],
    [{ moderation: "high" }, "invalid_value", "moderation"],
    [{ model: undefined }, "missing_required_parameter", "model"],
    [{ prompt: undefined }, "missing_required_parameter", "prompt"],
    [{ stream: "yes" }, "invalid_type", "stream"],
  ])("%j → %s on %s", async (body, code, param) => {
    expect(await rejection(body)).toMatchObject({ code, param });
  });

  it("a prompt over 32000 characters is string_above_max_length; 32000 is fine", async () => {
    expect(await rejection({ prompt: "p".repeat(32_001) })).toMatchObject({ code: "string_above_max_length", param: "prompt" });
    const ok = await sdk(emulator()).images.generate({ model, prompt: "p".repeat(32_000), quality: "low" });
    expect(ok.usage?.input_tokens).toBe(8000);
  });

  it("reports the unknown parameter before any other problem", async () => {
    expect(await rejection({ response_format: "url", quality: "standard", n: 99 })).toMatchObject({ code: "unknown_parameter" });
  });

  it("answers a body that is not JSON with a 400 envelope", async () => {
    const res = await post(emulator(), "/images/generations", "{not json", { "content-type": "application/json" });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-request-id")).toMatch(/^req_/);
    const body = (await res.json()) as { error: { type: string; code: unknown; param: unknown } };
    expect(body.error).toMatchObject({ type: "invalid_request_error", code: null, param: null });
  });
});

describe("validation errors on edits (multipart scalars)", () => {
  const form = async (fields: Record<string, string>, withImage = true) => {
    const fd = new FormData();
    if (withImage) fd.append("image", new Blob([new Uint8Array(await makePng(64, 64, pattern))], { type: "image/png" }), "a.png");
    for (const [k, v] of Object.entries({ model, prompt: "x", ...fields })) fd.append(k, v);
    const res = await post(emulator(), "/images/edits", fd);
    return { status: res.status, error: ((await res.json()) as { error?: { code: string; param: string } }).error };
  };

  it.each([
    [{ n: "abc" }, "invalid_type", "n"],
    [{ stream: "yes" }, "invalid_type", "stream"],
    [{ output_compression: "high" }, "invalid_type", "output_compression"],
    [{ n: "11" }, "integer_above_max_value", "n"],
    [{ quality: "hd" }, "invalid_value", "quality"],
    [{ response_format: "b64_json" }, "unknown_parameter", "response_format"],
    [{ image: "not-a-file" }, "invalid_type", "image"],
  ])("%j → %s on %s", async (fields, code, param) => {
    expect(await form(fields)).toEqual({ status: 400, error: expect.objectContaining({ code, param }) });
  });

  it("a missing image is missing_required_parameter", async () => {
    expect((await form({}, false)).error).toMatchObject({ code: "missing_required_parameter", param: "image" });
  });

  it("accepts numbers and booleans sent as strings", async () => {
    const res = await form({ n: "2", stream: "false", quality: "low", output_compression: "50" });
    expect(res.status).toBe(200);
  });
});

describe("authentication", () => {
  it("a missing or empty Bearer token is 401 invalid_api_key", async () => {
    for (const headers of [{ authorization: "" }, { authorization: "Bearer " }, { authorization: "Basic abc" }]) {
      const res = await post(emulator(), "/images/generations", JSON.stringify({ model, prompt: "x" }), headers);
      expect(res.status).toBe(401);
      expect(res.headers.get("x-request-id")).toMatch(/^req_/);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_api_key");
    }
  });

  it("a pinned key rejects any other key with the SDK's AuthenticationError", async () => {
    const pinned = await startEmulator({ apiKey: "sk-right" });
    try {
      const err = await sdk(pinned, { apiKey: "sk-wrong" })
        .images.generate({ model, prompt: "x", quality: "low" })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
      expect(err).toMatchObject({ status: 401, code: "invalid_api_key" });
      const ok = await sdk(pinned, { apiKey: "sk-right" }).images.generate({ model, prompt: "x", quality: "low" });
      expect(ok.data).toHaveLength(1);
    } finally {
      await pinned.close();
    }
  });

  it("rejects an edit upload without a key after reading it (no connection reset)", async () => {
    const err = await sdk(emulator(), { apiKey: " " })
      .images.edit({ model, prompt: "x", image: await toFile(await makePng(256, 256, pattern), "a.png", { type: "image/png" }) })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
  });
});

describe("unknown routes", () => {
  it("are a 404 envelope", async () => {
    const err = await sdk(emulator())
      .get("/images/variations/unknown")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
  });
});
