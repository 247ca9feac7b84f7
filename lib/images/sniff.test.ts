import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodeImage, ImageDecodeError } from "./decode";
import { mimeType, sniffFormat } from "./sniff";

const solid = (width: number, height: number, alpha = 1) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 40, b: 90, alpha } } });
// Noise compresses badly, so a cut-off file has lost real pixel data, not just a trailer.
const noise = (width: number, height: number) =>
  sharp(Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width, height, channels: 3 } });

describe("sniffFormat", () => {
  it("knows PNG, JPEG and WebP by their magic bytes", async () => {
    expect(sniffFormat(await solid(4, 4).png().toBuffer())).toBe("png");
    expect(sniffFormat(await solid(4, 4).jpeg().toBuffer())).toBe("jpeg");
    expect(sniffFormat(await solid(4, 4).webp().toBuffer())).toBe("webp");
  });

  it("returns null for anything else, including short and RIFF-but-not-WebP input", () => {
    expect(sniffFormat(Buffer.from("GIF89a..."))).toBeNull();
    expect(sniffFormat(Buffer.from([0x89, 0x50]))).toBeNull();
    expect(sniffFormat(Buffer.from("RIFF\0\0\0\0WAVEfmt "))).toBeNull();
    expect(sniffFormat(new Uint8Array())).toBeNull();
  });

  it("maps formats to MIME types", () => {
    expect(mimeType("jpeg")).toBe("image/jpeg");
  });
});

describe("decodeImage", () => {
  it("reads the real size and alpha of a good image", async () => {
    expect(await decodeImage(await solid(30, 20, 0.5).png().toBuffer())).toEqual({ format: "png", width: 30, height: 20, hasAlpha: true });
    expect(await decodeImage(await solid(16, 8).jpeg().toBuffer())).toEqual({ format: "jpeg", width: 16, height: 8, hasAlpha: false });
  });

  it("rejects a PNG whose header is intact but whose pixel data is cut short", async () => {
    const png = await noise(300, 200).png().toBuffer();
    const error = await decodeImage(png.subarray(0, Math.floor(png.length * 0.6))).catch((e) => e);
    expect(error).toBeInstanceOf(ImageDecodeError);
    expect(error.reason).toBe("corrupt");
  });

  it("rejects bytes that are not an image", async () => {
    await expect(decodeImage(Buffer.from("<html>Bad gateway</html>"))).rejects.toMatchObject({ reason: "unsupported_format" });
  });

  it("refuses images over the pixel limit before decoding them", async () => {
    const png = await solid(400, 300).png().toBuffer();
    await expect(decodeImage(png, { maxPixels: 100_000 })).rejects.toMatchObject({ reason: "too_large" });
    await expect(decodeImage(png, { maxPixels: 120_000 })).resolves.toMatchObject({ width: 400 });
  });
});
