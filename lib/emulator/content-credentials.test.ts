// The emulator's final images carry content credentials as the provider's do, signed with the
// test chain: made by the model that was asked for; streamed previews carry none.
import { toFile } from "openai";
import { describe, expect, it } from "vitest";
import { readContentCredentials } from "@/lib/images/content-credentials";
import { b64Of, makePng, pattern, sdk, setupEmulator } from "./test-helpers";

const emulator = setupEmulator();
const read = (b64: string) => readContentCredentials(Buffer.from(b64, "base64"));
const created = (model: string) => [{ action: "c2pa.created", softwareAgent: model, when: null }];

describe("content credentials in the emulator's images", () => {
  it.each(["png", "jpeg", "webp"] as const)("signs a generated %s: made with AI by the model asked for", async (format) => {
    const res = await sdk(emulator()).images.generate({ model: "gpt-image-1.5", prompt: "a lighthouse", quality: "low", output_format: format });
    expect(await read(b64Of(res))).toMatchObject({
      state: "valid",
      issuer: "Fresco Test",
      signer: "Fresco Emulator Signer",
      madeWithAi: true,
      actions: created("gpt-image-1.5"),
    });
  });

  it("signs an edit's output", async () => {
    const image = await toFile(await makePng(256, 256, pattern), "image.png", { type: "image/png" });
    const res = await sdk(emulator()).images.edit({ model: "gpt-image-1-mini", prompt: "add a kite", image, quality: "low" });
    expect(await read(b64Of(res))).toMatchObject({ state: "valid", madeWithAi: true, actions: created("gpt-image-1-mini") });
  });

  it("signs the streamed final image, not the partial previews", async () => {
    const stream = await sdk(emulator()).images.generate({
      model: "gpt-image-1-mini",
      prompt: "a harbour",
      quality: "low",
      stream: true,
      partial_images: 2,
    });
    const states: [string, string][] = [];
    for await (const event of stream) {
      if ("b64_json" in event && event.b64_json) states.push([event.type, (await read(event.b64_json)).state]);
    }
    expect(states).toEqual([
      ["image_generation.partial_image", "none"],
      ["image_generation.partial_image", "none"],
      ["image_generation.completed", "valid"],
    ]);
  });
});
