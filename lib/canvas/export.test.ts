// sharp (libpng) and node:zlib are used here only as independent readers and writers of PNGs.
import { crc32, deflateSync, inflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { exportMaskPng, importMask } from "./export";
import type { MaskModel } from "./model";
import { rasterize } from "./rasterize";
import { diffCount, maskAlphaFromPng } from "./test-helpers";

const rectModel = (feather: number): MaskModel => ({
  width: 64,
  height: 48,
  shapes: [{ id: "r", tool: "rect", points: [10, 8, 30, 18], size: 0, feather }],
});

describe("exportMaskPng", () => {
  it("is exactly the image size, alpha 0 inside the painted rect and 255 elsewhere", () => {
    const { width, height, alpha } = maskAlphaFromPng(exportMaskPng(rectModel(0)));
    expect([width, height]).toEqual([64, 48]);
    for (let y = 0; y < 48; y++) {
      for (let x = 0; x < 64; x++) {
        const inside = x >= 10 && x < 30 && y >= 8 && y < 18;
        expect(alpha[y * 64 + x], `pixel ${x},${y}`).toBe(inside ? 0 : 255);
      }
    }
  });

  it("is read identically by libpng, with black RGB", async () => {
    const png = exportMaskPng(rectModel(5));
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([64, 48, 4]);
    const alpha = Uint8ClampedArray.from({ length: 64 * 48 }, (_, i) => data[i * 4 + 3]!);
    expect(diffCount(alpha, maskAlphaFromPng(png).alpha)).toBe(0);
    expect(data.some((v, i) => i % 4 !== 3 && v !== 0)).toBe(false);
    const partial = alpha.filter((a) => a > 0 && a < 255).length;
    expect(partial).toBeGreaterThan(50);
  });

  it("round-trips through importMask to the same coverage", () => {
    const model = rectModel(7);
    expect(diffCount(importMask(exportMaskPng(model), 64, 48), rasterize(model))).toBe(0);
  });
});

describe("importMask", () => {
  // A 16×8 grey ramp: white (edit) on the right half.
  const grey = Uint8Array.from({ length: 128 }, (_, i) => (i % 16 < 8 ? 0 : 255));

  it.each([
    ["grey", 1, 0, grey],
    ["grey+alpha", 2, 4, interleave(grey, (g) => [0, 255 - g])],
    ["RGB", 3, 2, interleave(grey, (g) => [g, g, 255 - g])],
    ["RGBA", 4, 6, interleave(grey, (g) => [0, 0, 0, 255 - g])],
  ] as const)("reads a %s PNG written by libpng with adaptive filters", async (_, channels, colourType, raw) => {
    let image = sharp(Buffer.from(raw), { raw: { width: 16, height: 8, channels } });
    if (channels < 3) image = image.toColourspace("b-w");
    const png = await image.png({ adaptiveFiltering: true, compressionLevel: 9 }).toBuffer();
    expect(png[25]).toBe(colourType);
    const coverage = importMask(new Uint8Array(png), 16, 8);
    const expected = channels === 3 ? grey.map((g) => Math.round(0.9278 * g + 0.0722 * (255 - g))) : grey;
    expect(diffCount(coverage, Uint8ClampedArray.from(expected))).toBe(0);
  });

  it("reads 16-bit grey+alpha", async () => {
    const raw = interleave(grey, (g) => [128, 255 - g]);
    const png = await sharp(Buffer.from(raw), { raw: { width: 16, height: 8, channels: 2 } })
      .toColourspace("grey16")
      .png()
      .toBuffer();
    expect([png[24], png[25]]).toEqual([16, 4]);
    expect(diffCount(importMask(new Uint8Array(png), 16, 8), Uint8ClampedArray.from(grey))).toBe(0);
  });

  it("reads a palette PNG with tRNS transparency", async () => {
    const rgba = interleave(grey, (g) => [255, 0, 0, 255 - g]);
    const png = await sharp(Buffer.from(rgba), { raw: { width: 16, height: 8, channels: 4 } })
      .png({ palette: true, colours: 2, dither: 0 })
      .toBuffer();
    expect([png[24], png[25]]).toEqual([1, 3]); // 1-bit indexed
    expect(diffCount(importMask(new Uint8Array(png), 16, 8), Uint8ClampedArray.from(grey))).toBe(0);
  });

  it("reads an opaque palette PNG by luminance (white = edit)", async () => {
    const png = await sharp(Buffer.from(interleave(grey, (g) => [g, g, g])), { raw: { width: 16, height: 8, channels: 3 } })
      .png({ palette: true, colours: 2, dither: 0 })
      .toBuffer();
    expect(png[25]).toBe(3); // indexed colour
    expect(diffCount(importMask(new Uint8Array(png), 16, 8), Uint8ClampedArray.from(grey))).toBe(0);
  });

  it("undoes every row filter type (0–4) on 8-bit RGBA", () => {
    const w = 7, h = 10;
    const rgba = Uint8Array.from({ length: w * h * 4 }, (_, i) => (i * 37 + (i >> 3) * 11) & 255);
    const png = handmadePng(rgba, w, h);
    const decoded = maskAlphaFromPng(png);
    expect(Array.from(decoded.alpha)).toEqual(Array.from({ length: w * h }, (_, i) => rgba[i * 4 + 3]));
  });

  it("scales a mask of another size to the image", () => {
    const coverage = importMask(exportMaskPng(rectModel(0)), 128, 96);
    expect(coverage.length).toBe(128 * 96);
    expect(coverage[26 * 128 + 40]).toBe(255); // centre of the rect, doubled
    expect(coverage[80 * 128 + 100]).toBe(0);
  });

  it("reads an interlaced (Adam7) PNG", async () => {
    const rgba = interleave(grey, (g) => [0, 0, 0, 255 - g]);
    const png = await sharp(Buffer.from(rgba), { raw: { width: 16, height: 8, channels: 4 } }).png({ progressive: true }).toBuffer();
    expect(png[28]).toBe(1); // interlace method: Adam7
    expect(diffCount(importMask(new Uint8Array(png), 16, 8), Uint8ClampedArray.from(grey))).toBe(0);
  });

  it("refuses what it cannot read", () => {
    expect(() => importMask(new Uint8Array([1, 2, 3]), 4, 4)).toThrow(/not a PNG/);
    const corrupt = exportMaskPng(rectModel(0));
    corrupt[40] = corrupt[40]! ^ 0xff;
    expect(() => maskAlphaFromPng(corrupt)).toThrow(/checksum/);
  });
});

it("exports a 1536×1024 mask within the API's 4 MB mask limit", () => {
  const model: MaskModel = {
    width: 1536,
    height: 1024,
    shapes: [{ id: "b", tool: "brush", points: [100, 100, 1400, 900, 200, 800], size: 120, feather: 8 }],
  };
  const png = exportMaskPng(model);
  expect(maskAlphaFromPng(png).alpha.length).toBe(1536 * 1024);
  expect(png.length).toBeLessThan(4 * 1024 * 1024); // the API's mask limit
});

function interleave(grey: Uint8Array, pixel: (g: number) => number[]): Uint8Array {
  return Uint8Array.from(Array.from(grey).flatMap(pixel));
}

/** An RGBA PNG whose row r uses filter r % 5, encoded by hand as the spec describes. */
function handmadePng(rgba: Uint8Array, w: number, h: number): Uint8Array {
  const stride = w * 4;
  const raw = new Uint8Array((stride + 1) * h);
  const px = (y: number, x: number) => (y < 0 || x < 0 ? 0 : rgba[y * stride + x]!);
  for (let y = 0; y < h; y++) {
    const f = y % 5;
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const a = px(y, x - 4), b = px(y - 1, x), c = px(y - 1, x - 4);
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][f]!;
      raw[y * (stride + 1) + 1 + x] = (px(y, x) - predictor) & 255;
    }
  }
  expect(new Uint8Array(inflateSync(deflateSync(raw)))).toEqual(raw);
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, w);
  new DataView(ihdr.buffer).setUint32(4, h);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const chunk = (type: string, data: Uint8Array) => {
    const body = new Uint8Array([...Array.from(type, (ch) => ch.charCodeAt(0)), ...data]);
    const out = new Uint8Array(body.length + 8);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    out.set(body, 4);
    view.setUint32(4 + body.length, crc32(body));
    return out;
  };
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", new Uint8Array())];
  return Uint8Array.from(parts.flatMap((p) => Array.from(p)));
}
