// Decompression bombs under the per-image limit: a 7999×8000 PNG is ~200 KB but 64 MP. It is
// shrunk on load to the size it will be used at, its mask with it, and a request may not make
// the server decode more than its pixel budget however the pixels are split.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_BASE_SIDE, MAX_EDIT_PIXELS, MAX_REFERENCE_SIDE } from "./limits";
import { checkImage, validateUploads } from "./test-uploads";
import { checkEditFiles } from "./validate-uploads";

let bomb: Buffer;
let bombMask: Buffer;
beforeAll(async () => {
  bomb = await sharp({ create: { width: 7999, height: 8000, channels: 3, background: "#8a6" } }).png().toBuffer();
  // Transparent (repaint) in the top-left quarter, opaque (keep) elsewhere.
  const opaque = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } }).png().toBuffer();
  bombMask = await sharp({ create: { width: 7999, height: 8000, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([
      { input: await opaque(3999, 8000), left: 4000, top: 0 },
      { input: await opaque(4000, 4000), left: 0, top: 4000 },
    ])
    .png()
    .toBuffer();
});

const size = async (bytes: Buffer) => {
  const m = await sharp(bytes).metadata();
  return [m.width, m.height];
};

describe("shrinking on load", () => {
  it("stores a huge base shrunk to fit the largest base size, and its mask with it", async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { images, mask } = await validateUploads({ images: [{ name: "big.png", bytes: bomb }], mask: { name: "mask.png", bytes: bombMask } });
    const expected = [Math.round((7999 * MAX_BASE_SIDE) / 8000), MAX_BASE_SIDE];
    expect([images[0]!.width, images[0]!.height]).toEqual(expected);
    expect(await size(images[0]!.bytes)).toEqual(expected);
    expect([mask!.width, mask!.height]).toEqual(expected);
    expect(await size(mask!.bytes)).toEqual(expected);
    // The mask still says the same thing: repaint the top-left quarter, keep the rest.
    const { data, info } = await sharp(mask!.bytes).extractChannel(3).raw().toBuffer({ resolveWithObject: true });
    const alphaAt = (fx: number, fy: number) => data[Math.floor(fy * info.height) * info.width + Math.floor(fx * info.width)];
    expect([alphaAt(0.25, 0.25), alphaAt(0.75, 0.25), alphaAt(0.25, 0.75), alphaAt(0.75, 0.75)]).toEqual([0, 255, 255, 255]);
  });

  it("shrinks a reference to the provider's largest side, and keeps a small image byte for byte", async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#123" } }).png().toBuffer();
    const { images } = await checkEditFiles({ images: [{ file: { name: "small.png", bytes: small } }, { file: { name: "ref.png", bytes: bomb } }] });
    const [base, ref] = images.map((i) => (i as { upload: { bytes: Buffer; width: number; height: number } }).upload);
    expect(base!.bytes).toBe(small);
    expect([ref!.width, ref!.height]).toEqual([Math.round((7999 * MAX_REFERENCE_SIDE) / 8000), MAX_REFERENCE_SIDE]);
  });

  it("still refuses a huge file cut short", async () => {
    const cut = bomb.subarray(0, bomb.length - 5000);
    await expect(checkImage({ name: "cut.png", bytes: cut })).rejects.toThrow("cut.png is damaged or cut short and cannot be read.");
  });
});

describe("the pixel budget of one edit", () => {
  it("refuses sixteen 64 MP images on their headers, naming the limit", async () => {
    const err = await validateUploads({ images: Array.from({ length: 16 }, (_, i) => ({ name: `big${i}.png`, bytes: bomb })) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({
      code: "TOO_LARGE",
      message: `These files have 1,024 megapixels in all; one edit may have at most ${MAX_EDIT_PIXELS / 1e6} megapixels (all images and the mask together). Send fewer or smaller images.`,
    });
  });

  it("counts the mask: a 64 MP base with its mask fits, one more 64 MP reference does not", async () => {
    const files = { images: [{ name: "a.png", bytes: bomb }, { name: "b.png", bytes: bomb }], mask: { name: "mask.png", bytes: bombMask } };
    await expect(validateUploads(files)).rejects.toThrow(/^These files have 192 megapixels in all/);
  });
});
