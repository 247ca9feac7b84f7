import { describe, expect, it } from "vitest";
import { compositeOverBase } from "./composite";
import { decodeRgba, encodeRgba, type Alpha, type Rgba } from "./pixels";
import { busy, rgbaOf } from "./test-images";

const W = 64;
const H = 48;
// Mask: a hole (alpha 0) in x 20..29, a feather (alpha 128) in x 30..33, kept (255) elsewhere.
const alphaAt = (x: number) => (x >= 20 && x < 30 ? 0 : x >= 30 && x < 34 ? 128 : 255);
const mask: Alpha = { data: Uint8Array.from({ length: W * H }, (_, p) => alphaAt(p % W)), width: W, height: H };
const base: Rgba = { data: rgbaOf(W, H, (x, y) => [...busy(x, y).slice(0, 3), 200 + (x % 50)] as [number, number, number, number]), width: W, height: H };
const raw: Rgba = { data: rgbaOf(W, H, () => [250, 10, 20, 255]), width: W, height: H };

describe("compositeOverBase", () => {
  const out = compositeOverBase(raw, base, mask);
  const px = (img: Rgba, x: number, y: number) => [...img.data.subarray((y * W + x) * 4, (y * W + x) * 4 + 4)];

  it("keeps every pixel outside the mask bit-exact, alpha included", () => {
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (alphaAt(x) === 255) expect(px(out, x, y)).toEqual(px(base, x, y));
  });

  it("takes the provider's pixel where the mask is fully marked", () => {
    expect(px(out, 25, 10)).toEqual([250, 10, 20, 255]);
  });

  it("blends the feather band by the mask's alpha", () => {
    const b = px(base, 31, 5);
    const expected = [250, 10, 20, 255].map((r, c) => Math.round((r * 127 + b[c]! * 128) / 255));
    px(out, 31, 5).forEach((v, c) => expect(Math.abs(v - expected[c]!)).toBeLessThanOrEqual(1));
  });

  it("stays bit-exact through PNG and lossless WebP files", async () => {
    for (const format of ["png", "webp"] as const) {
      const decoded = await decodeRgba(await encodeRgba(out, format));
      expect(Buffer.compare(decoded.data, out.data), format).toBe(0);
    }
  });

  it("refuses pictures of different sizes", () => {
    expect(() => compositeOverBase({ ...raw, width: 10 }, base, mask)).toThrow(RangeError);
  });
});
