import { describe, expect, it } from "vitest";
import { b64Of, decode, pixelsOf, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const model = "gpt-image-1-mini";

describe("POST /v1/images/generations", () => {
  it("returns a decodable png at the requested size with resolved echoes and exact usage", async () => {
    const prompt = "a lighthouse at dusk"; // 20 chars: 5 text tokens
    const { data: res, response, request_id } = await sdk(emulator())
      .images.generate({ model, prompt, quality: "low", size: "1024x1024" })
      .withResponse();
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(request_id).toMatch(/^req_[0-9a-f]{32}$/);
    expect(response.headers.get("x-ratelimit-limit-requests")).toBe("500");
    expect(Number(response.headers.get("x-ratelimit-remaining-tokens"))).toBeLessThan(100_000);
    expect(response.headers.get("x-ratelimit-reset-tokens")).toMatch(/^\d+(\.\d+)?(ms|s)$|^\d+m\d+s$/);
    expect(res).toMatchObject({ background: "opaque", output_format: "png", quality: "low", size: "1024x1024" });
    expect(typeof res.created).toBe("number");
    expect(res.usage).toEqual({
      input_tokens: 5,
      input_tokens_details: { text_tokens: 5, image_tokens: 0 },
      output_tokens: 272,
      output_tokens_details: { image_tokens: 272, text_tokens: 0 },
      total_tokens: 277,
    });
    const img = await decode(b64Of(res));
    expect(img).toMatchObject({ format: "png", width: 1024, height: 1024 });
  });

  it("is deterministic: the same request gives the same picture, another prompt differs", async () => {
    const client = sdk(emulator());
    const body = { model, prompt: "three red balloons", quality: "low" as const };
    // Pixels, not bytes: each file's content credentials are signed afresh (salted), as the provider's are.
    const a = await pixelsOf(b64Of(await client.images.generate(body)));
    const b = await pixelsOf(b64Of(await client.images.generate(body)));
    const c = await pixelsOf(b64Of(await client.images.generate({ ...body, prompt: "three blue balloons" })));
    expect(a.equals(b)).toBe(true);
    expect(c.equals(a)).toBe(false);
  });

  it("resolves auto to 1024x1024 medium opaque and bills it so", async () => {
    const res = await sdk(emulator()).images.generate({ model, prompt: "auto all the way" });
    expect(res).toMatchObject({ size: "1024x1024", quality: "medium", background: "opaque", output_format: "png" });
    expect(res.usage?.output_tokens).toBe(1056);
  });

  it("renders n distinct images in a landscape size and bills n of them", async () => {
    const res = await sdk(emulator()).images.generate({ model, prompt: "dunes", n: 2, size: "1536x1024", quality: "medium" });
    expect(res.data).toHaveLength(2);
    const [first, second] = await Promise.all((res.data ?? []).map((d) => decode(d.b64_json ?? "")));
    expect(first).toMatchObject({ width: 1536, height: 1024 });
    expect(second).toMatchObject({ width: 1536, height: 1024 });
    expect(first?.rgba.equals(second?.rgba ?? Buffer.alloc(0))).toBe(false);
    expect(res.usage?.output_tokens).toBe(2 * 1568);
  });

  it("gives a transparent png real alpha: a clear background and opaque shapes", async () => {
    const res = await sdk(emulator()).images.generate({ model, prompt: "a sticker", background: "transparent", size: "1024x1536", quality: "high" });
    expect(res).toMatchObject({ background: "transparent", size: "1024x1536", quality: "high" });
    expect(res.usage?.output_tokens).toBe(6240);
    const img = await decode(b64Of(res));
    expect(img.channels).toBe(4);
    expect(img.rgba[3]).toBe(0); // top-left corner
    let opaque = 0;
    let clear = 0;
    for (let i = 3; i < img.rgba.length; i += 4) {
      if (img.rgba[i] === 255) opaque++;
      if (img.rgba[i] === 0) clear++;
    }
    const pixels = img.width * img.height;
    expect(opaque / pixels).toBeGreaterThan(0.03);
    expect(clear / pixels).toBeGreaterThan(0.2);
  });

  it("encodes jpeg with output_compression as quality", async () => {
    const client = sdk(emulator());
    const body = { model, prompt: "a harbour", output_format: "jpeg" as const, quality: "low" as const };
    const small = await client.images.generate({ ...body, output_compression: 10 });
    const large = await client.images.generate({ ...body, output_compression: 95 });
    expect(small.output_format).toBe("jpeg");
    const a = await decode(b64Of(small));
    expect(a).toMatchObject({ format: "jpeg", width: 1024, height: 1024 });
    expect(Buffer.from(b64Of(small), "base64").length).toBeLessThan(Buffer.from(b64Of(large), "base64").length / 2);
  });

  it("encodes webp, and accepts and ignores output_compression with png", async () => {
    const client = sdk(emulator());
    const webp = await client.images.generate({ model, prompt: "moss", output_format: "webp", quality: "low", background: "transparent" });
    expect((await decode(b64Of(webp))).format).toBe("webp");
    const body = { model, prompt: "moss", quality: "low" as const };
    const plain = await client.images.generate(body);
    const compressed = await client.images.generate({ ...body, output_compression: 5 });
    expect((await pixelsOf(b64Of(compressed))).equals(await pixelsOf(b64Of(plain)))).toBe(true);
  });

  it("accepts the documented optional fields and the safety_identifier alias", async () => {
    const res = await sdk(emulator()).images.generate({
      model: "gpt-image-1.5",
      prompt: "an owl",
      quality: "low",
      moderation: "low",
      user: "user-1",
      safety_identifier: "user-1",
      stream: false,
    });
    expect(res.data).toHaveLength(1);
  });
});
