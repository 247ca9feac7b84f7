import OpenAI, { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { b64Of, decode, makePng, pattern, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();

type Body = OpenAI.Images.ImageGenerateParamsNonStreaming;

async function rejection(call: Promise<unknown>) {
  const err = await call.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OpenAI.BadRequestError);
  const e = err as InstanceType<typeof OpenAI.BadRequestError>;
  expect(e.type).toBe("invalid_request_error");
  return { code: e.code, param: e.param, message: (e.error as { message?: string }).message };
}

const generate = (body: Partial<Body>) =>
  sdk(emulator()).images.generate({ model: "gpt-image-2", prompt: "a wide harbour", quality: "low", ...body } as Body);

// Every answer goes through the specification check; a custom size echoed in `size` is its one
// known gap (lib/openapi/wire.ts), counted in the file's [openapi] line rather than failed.

describe("gpt-image-2's sizes", () => {
  it("makes an image of exactly the custom size asked, and echoes it", async () => {
    const res = await sdk(emulator()).images.generate({ model: "gpt-image-2", prompt: "a wide harbour", quality: "low", size: "2048x1152" as Body["size"] });
    expect(res.size).toBe("2048x1152");
    expect(await decode(b64Of(res))).toMatchObject({ format: "png", width: 2048, height: 1152 });
  });

  it("makes a portrait custom size on the dated snapshot too", async () => {
    const res = await sdk(emulator()).images.generate({ model: "gpt-image-2-2026-04-21", prompt: "a tall harbour", quality: "low", size: "864x1536" as Body["size"] });
    expect(await decode(b64Of(res))).toMatchObject({ width: 864, height: 1536 });
  });

  it.each([
    ["1000x1000", "Width and height must both be multiples of 16."],
    ["4096x1536", "The maximum edge length is 3840 pixels."],
    ["3840x1024", "The ratio of the long edge to the short edge must not exceed 3:1."],
    ["3840x2400", "The total number of pixels must be between 655360 and 8294400."],
    ["512x512", "The total number of pixels must be between 655360 and 8294400."],
    ["big", "Sizes are 'auto' or WIDTHxHEIGHT in pixels, for example '2048x1152'."],
  ])("refuses %s with invalid_value on size", async (size, why) => {
    expect(await rejection(generate({ size: size as Body["size"] }))).toEqual({
      code: "invalid_value",
      param: "size",
      message: `Invalid value: '${size}'. ${why}`,
    });
  });

  it("refuses custom sizes on the models that list their sizes", async () => {
    expect(await rejection(generate({ model: "gpt-image-1.5", size: "2048x1152" as Body["size"] }))).toEqual({
      code: "invalid_value",
      param: "size",
      message: "Invalid value: '2048x1152'. Supported values are: '1024x1024', '1536x1024', '1024x1536', and 'auto'.",
    });
  });

  it("takes a transparent background on gpt-image-2 (in preview)", async () => {
    const res = await generate({ background: "transparent", size: "1024x1024" });
    expect(res.background).toBe("transparent");
  });
});

describe("models by endpoint", () => {
  const image = async () => toFile(await makePng(256, 256, pattern), "image.png", { type: "image/png" });

  it("edits with chatgpt-image-latest, and refuses it for a generation", async () => {
    const res = await sdk(emulator()).images.edit({ model: "chatgpt-image-latest", prompt: "a hat", image: await image(), quality: "low" });
    expect(await decode(b64Of(res))).toMatchObject({ width: 1024, height: 1024 });
    expect(await rejection(generate({ model: "chatgpt-image-latest" }))).toMatchObject({ code: "invalid_value", param: "model" });
  });

  it("edits at a custom size on gpt-image-2, and refuses input_fidelity there", async () => {
    const edit = (extra: Record<string, unknown>) =>
      sdk(emulator()).images.edit({ model: "gpt-image-2", prompt: "a hat", quality: "low", size: "1536x864", ...extra } as never);
    const res = (await edit({ image: await image() })) as OpenAI.ImagesResponse;
    expect(await decode(b64Of(res))).toMatchObject({ width: 1536, height: 864 });
    expect(await rejection(edit({ image: await image(), input_fidelity: "low" }))).toEqual({
      code: "unsupported_parameter",
      param: "input_fidelity",
      message: "Unsupported parameter: 'input_fidelity' is not supported with this model.",
    });
  });
});
