import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ProviderError } from "./errors";
import { base64ToBytes, decodeOutputs, resolveParams } from "./normalize";

describe("base64ToBytes", () => {
  it("decodes standard, unpadded and URL-safe base64", () => {
    expect(base64ToBytes("aGk=").toString()).toBe("hi");
    expect(base64ToBytes("aGk").toString()).toBe("hi");
    expect(base64ToBytes("-_8").equals(Buffer.from([0xfb, 0xff]))).toBe(true);
  });

  it("rejects text that cannot be base64, or was cut to an impossible length", () => {
    for (const bad of ["", "not base64!", "aGVsbG8gd"]) {
      expect(() => base64ToBytes(bad)).toThrow(ProviderError);
    }
  });
});

describe("decodeOutputs and resolveParams", () => {
  it("reports an unreadable image as a bad response", async () => {
    const err = await decodeOutputs([Buffer.from("<html>502</html>")]).catch((e) => e);
    expect(err).toMatchObject({ code: "bad_response" });
  });

  it("prefers the provider's echo and falls back to what the image shows", async () => {
    const bytes = await sharp({ create: { width: 64, height: 32, channels: 3, background: "#123456" } }).webp().toBuffer();
    const [image] = await decodeOutputs([bytes]);
    const fallback = { quality: "medium", background: "opaque" } as const;
    expect(resolveParams({}, image!, fallback)).toEqual({ size: "64x32", quality: "medium", background: "opaque", outputFormat: "webp" });
    // A relay that ignored output_format: the bytes win over the echo.
    expect(resolveParams({ size: "1024x1024", quality: "low", outputFormat: "png" }, image!, fallback)).toMatchObject({
      size: "1024x1024",
      quality: "low",
      outputFormat: "webp",
    });
  });
});
