import OpenAI, { toFile } from "openai";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { b64Of, decode, makePng, pattern, pixelsOf, post, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";

// The edit area: a 200x120 rectangle at (300, 400).
const inHole = (x: number, y: number) => x >= 300 && x < 500 && y >= 400 && y < 520;
let source: Buffer;
let mask: Buffer;

beforeAll(async () => {
  source = await makePng(1024, 1024, pattern);
  mask = await makePng(1024, 1024, (x, y) => [0, 0, 0, inHole(x, y) ? 0 : 255]);
});

const png = (bytes: Buffer, name = "image.png") => toFile(bytes, name, { type: "image/png" });

/** Pixels (out of the 1024² image) where `a` and `b` differ, inside and outside the hole. */
function diff(a: Buffer, b: Buffer, width: number) {
  let inside = 0;
  let outside = 0;
  for (let i = 0; i < a.length; i += 4) {
    const x = (i / 4) % width;
    const y = Math.floor(i / 4 / width);
    if (a.compare(b, i, i + 4, i, i + 4) !== 0) {
      if (inHole(x, y)) inside++;
      else outside++;
    }
  }
  return { inside, outside };
}

describe("POST /v1/images/edits", () => {
  it("changes only the masked pixels and keeps every other pixel bit-exact (png)", async () => {
    const res = await sdk(emulator()).images.edit({
      model,
      prompt: "put a small sun in the hole",
      image: await png(source),
      mask: await png(mask, "mask.png"),
      quality: "low",
    });
    expect(res).toMatchObject({ size: "1024x1024", quality: "low", background: "opaque", output_format: "png" });
    // 7 text tokens (27 chars), one 1024² input image (194), the mask not counted.
    expect(res.usage).toMatchObject({ input_tokens: 7 + 194, input_tokens_details: { text_tokens: 7, image_tokens: 194 }, output_tokens: 272 });
    const out = await decode(b64Of(res));
    const original = await decode(source);
    const { inside, outside } = diff(out.rgba, original.rgba, 1024);
    expect(outside).toBe(0);
    expect(inside).toBeGreaterThan(200 * 120 * 0.5);
  });

  it("keeps unmasked pixels bit-exact in webp too (lossless), and is deterministic", async () => {
    const client = sdk(emulator());
    const body = async () => ({
      model,
      prompt: "webp edit",
      image: await png(source),
      mask: await png(mask, "mask.png"),
      output_format: "webp" as const,
      quality: "low" as const,
    });
    const res = await client.images.edit(await body());
    const again = await client.images.edit(await body());
    expect((await pixelsOf(b64Of(again))).equals(await pixelsOf(b64Of(res)))).toBe(true);
    const out = await decode(b64Of(res));
    expect(out.format).toBe("webp");
    expect(diff(out.rgba, (await decode(source)).rgba, 1024).outside).toBe(0);
  });

  it("keeps semi-transparent pixels of the input bit-exact, alpha included", async () => {
    const translucent = await makePng(1024, 1024, (x, y) => [x % 256, y % 256, 90, (x + y) % 256]);
    const res = await sdk(emulator()).images.edit({ model, prompt: "glass", image: await png(translucent), mask: await png(mask, "mask.png"), quality: "low" });
    const out = await decode(b64Of(res));
    expect(out.channels).toBe(4);
    expect(diff(out.rgba, (await decode(translucent)).rgba, 1024).outside).toBe(0);
  });

  it("resizes image and mask nearest-neighbour alike to an auto size picked by aspect ratio", async () => {
    const wide = await makePng(600, 400, pattern);
    const wideMask = await makePng(600, 400, (x) => [0, 0, 0, x < 300 ? 0 : 255]);
    const res = await sdk(emulator()).images.edit({ model, prompt: "left half", image: await png(wide), mask: await png(wideMask, "m.png"), quality: "low" });
    expect(res.size).toBe("1536x1024");
    expect(res.usage?.input_tokens_details?.image_tokens).toBe(65 + 129 * 2); // 768x512
    const out = await decode(b64Of(res));
    expect(out).toMatchObject({ width: 1536, height: 1024 });
    // Nearest neighbour by definition: each output pixel takes the source pixel under its centre.
    const src = (await decode(wide)).rgba;
    const expected = Buffer.alloc(1536 * 1024 * 4);
    for (let y = 0; y < 1024; y++) {
      for (let x = 0; x < 1536; x++) {
        const s = Math.floor(((y + 0.5) * 400) / 1024) * 600 + Math.floor(((x + 0.5) * 600) / 1536);
        src.copy(expected, (y * 1536 + x) * 4, s * 4, s * 4 + 4);
      }
    }
    let keptChanged = 0;
    let editedChanged = 0;
    for (let i = 0; i < out.rgba.length; i += 4) {
      const changed = out.rgba.compare(expected, i, i + 4, i, i + 4) !== 0;
      if ((i / 4) % 1536 >= 768) keptChanged += changed ? 1 : 0;
      else editedChanged += changed ? 1 : 0;
    }
    expect(keptChanged).toBe(0);
    expect(editedChanged).toBeGreaterThan(768 * 1024 * 0.5);
  });

  it("accepts three images as image[] and sums their input tokens", async () => {
    const images = await Promise.all([
      makePng(1024, 1024, pattern),
      makePng(1536, 1024, pattern),
      makePng(300, 900, pattern),
    ]);
    const res = await sdk(emulator()).images.edit({
      model,
      prompt: "combine them", // 12 chars: 3 tokens
      image: await Promise.all(images.map((b, i) => png(b, `in${i}.png`))),
      quality: "medium",
    });
    expect(res.usage?.input_tokens_details).toEqual({ text_tokens: 3, image_tokens: 194 + 323 + 452 });
    expect(res.usage?.input_tokens).toBe(3 + 194 + 323 + 452);
    expect(res.usage?.output_tokens).toBe(1056);
  });

  it("accepts the image field repeated, as plain multipart clients send it", async () => {
    const fd = new FormData();
    for (const size of [512, 1024]) {
      fd.append("image", new Blob([new Uint8Array(await makePng(size, size, pattern))], { type: "image/png" }), `${size}.png`);
    }
    fd.append("model", model);
    fd.append("prompt", "abcd");
    fd.append("quality", "low");
    const res = await post(emulator(), "/images/edits", fd);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { usage: { input_tokens_details: unknown } };
    expect(body.usage.input_tokens_details).toEqual({ text_tokens: 1, image_tokens: 2 * 194 });
  });

  it("restyles the whole image when there is no mask", async () => {
    const res = await sdk(emulator()).images.edit({ model, prompt: "make it dreamy", image: await png(source), quality: "low" });
    const out = await decode(b64Of(res));
    const { inside, outside } = diff(out.rgba, (await decode(source)).rgba, 1024);
    expect(outside + inside).toBeGreaterThan(1024 * 1024 * 0.5);
  });

  it("accepts jpeg and webp inputs and input_fidelity high on non-mini models", async () => {
    const jpeg = await sharp(source).jpeg().toBuffer();
    const webp = await sharp(source).webp().toBuffer();
    const res = await sdk(emulator()).images.edit({
      model: "gpt-image-1",
      prompt: "two formats",
      image: [await toFile(jpeg, "a.jpg", { type: "image/jpeg" }), await toFile(webp, "b.webp", { type: "image/webp" })],
      input_fidelity: "high",
      quality: "low",
    });
    expect(res.usage?.input_tokens_details?.image_tokens).toBe(2 * 194);
  });

  describe("rejects bad uploads", () => {
    const badRequest = async (body: Partial<OpenAI.Images.ImageEditParams>) => {
      const err = await sdk(emulator())
        .images.edit({ model, prompt: "x", image: await png(source), ...body } as OpenAI.Images.ImageEditParams)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      return err as InstanceType<typeof OpenAI.BadRequestError>;
    };

    it("an RGB mask, a JPEG mask, a mask of another size", async () => {
      const rgb = await makePng(1024, 1024, () => [0, 0, 0, 255], 3);
      const small = await makePng(512, 512, () => [0, 0, 0, 0]);
      const jpeg = await sharp(rgb).jpeg().toBuffer();
      for (const m of [rgb, small, jpeg]) {
        const err = await badRequest({ mask: await png(m, "mask.png") });
        expect({ code: err.code, param: err.param }).toEqual({ code: "invalid_value", param: "mask" });
      }
    });

    it("a file that is not an image, and an unsupported format", async () => {
      const text = await badRequest({ image: await toFile(Buffer.from("hello"), "a.png", { type: "image/png" }) });
      expect({ code: text.code, param: text.param }).toEqual({ code: "invalid_image_file", param: "image" });
      const gif = await sharp(await makePng(32, 32, pattern)).gif().toBuffer();
      // Declared as a PNG: an undeclared type is refused before the bytes are looked at (uploads.test.ts).
      const err = await badRequest({ image: await toFile(gif, "a.png", { type: "image/png" }) });
      expect(err.code).toBe("invalid_image_file");
    });

    it("a truncated png", async () => {
      const err = await badRequest({ image: await png(source.subarray(0, Math.floor(source.length / 2))) });
      expect(err.code).toBe("invalid_image_file");
    });

    it("input_fidelity high on gpt-image-1-mini, and moderation (not an edit field)", async () => {
      const fidelity = await badRequest({ input_fidelity: "high" });
      expect({ code: fidelity.code, param: fidelity.param }).toEqual({ code: "invalid_value", param: "input_fidelity" });
      const moderation = await badRequest({ moderation: "low" } as never);
      expect({ code: moderation.code, param: moderation.param }).toEqual({ code: "unknown_parameter", param: "moderation" });
    });

    it("more than 16 images", async () => {
      const tiny = await makePng(8, 8, pattern);
      const files = await Promise.all(Array.from({ length: 17 }, (_, i) => png(tiny, `${i}.png`)));
      const err = await badRequest({ image: files });
      expect(err.code).toBe("invalid_value");
      expect(err.message).toContain("16");
    });
  });
});
