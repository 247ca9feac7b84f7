import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jpeg, mask, png } from "./test-images";
import { checkImage, validateUploads } from "./test-uploads";
import { checkMaskFits } from "./validate-uploads";
import sharp from "sharp";

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe("INVALID_INPUT");
  return (err as AppError).message;
};

describe("images", () => {
  it("accepts real PNG, JPEG and WebP files and reports their size", async () => {
    const webp = await sharp(await png(40, 30)).webp().toBuffer();
    const { images } = await validateUploads({
      images: [
        { name: "a.png", bytes: await png(64, 48) },
        { name: "b.jpg", bytes: await jpeg(32, 32) },
        { name: "c.webp", bytes: webp },
      ],
    });
    expect(images.map((i) => [i.format, i.width, i.height])).toEqual([["png", 64, 48], ["jpeg", 32, 32], ["webp", 40, 30]]);
  });

  it("refuses an HTML page named .png by its content", async () => {
    const html = Buffer.from("<!doctype html><html><body>not a picture</body></html>");
    expect(await refusal(checkImage({ name: "photo.png", bytes: html }))).toBe(
      "photo.png is not a PNG, JPEG or WebP image (its content says otherwise).",
    );
  });

  it("refuses a PNG cut short: the header alone does not make an image", async () => {
    const whole = await png(200, 200);
    expect(await refusal(checkImage({ name: "cut.png", bytes: whole.subarray(0, whole.length - 200) }))).toBe(
      "cut.png is damaged or cut short and cannot be read.",
    );
  });

  it("refuses a file over 50 MB before reading it", async () => {
    const header = await png(8, 8);
    const huge = Buffer.concat([header, Buffer.alloc(61 * 1024 * 1024 - header.length)]);
    expect(await refusal(checkImage({ name: "huge.png", bytes: huge }))).toBe("huge.png is 61 MB; each image may be at most 50 MB.");
  });

  it("refuses a decompression bomb on its header", async () => {
    // 10000×10000 of one colour compresses to a few hundred KB but would decode to 400 MB.
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: "#000" } }).png().toBuffer();
    expect(await refusal(checkImage({ name: "bomb.png", bytes: bomb }))).toBe(
      "bomb.png has too many pixels; images may have at most 64 megapixels.",
    );
  });

  it("takes 1 to 16 images", async () => {
    const one = { name: "a.png", bytes: await png(8, 8) };
    expect(await refusal(validateUploads({ images: [] }))).toBe("An edit takes 1 to 16 images; this one has 0.");
    expect(await refusal(validateUploads({ images: Array(17).fill(one) }))).toBe("An edit takes 1 to 16 images; this one has 17.");
  });

  it("stores a phone photo upright: EXIF orientation is applied once, here", async () => {
    const turned = await sharp(await jpeg(60, 40)).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const image = await checkImage({ name: "phone.jpg", bytes: turned });
    expect([image.width, image.height]).toEqual([40, 60]);
    expect((await sharp(image.bytes).metadata()).orientation ?? 1).toBe(1);
  });
});

describe("the mask", () => {
  const base = async () => ({ name: "base.png", bytes: await png(64, 48) });

  it("accepts an RGBA and a grey+alpha PNG of the base's size", async () => {
    const rgba = await mask(64, 48, { x: 10, y: 10, w: 20, h: 20 });
    const greyAlpha = await sharp(rgba).toColourspace("b-w").png().toBuffer();
    expect(greyAlpha[25]).toBe(4);
    for (const m of [rgba, greyAlpha]) {
      const { mask: checked } = await validateUploads({ images: [await base()], mask: { name: "mask.png", bytes: m } });
      expect(checked).toMatchObject({ format: "png", width: 64, height: 48 });
    }
  });

  it("refuses a JPEG mask", async () => {
    const m = { name: "mask.jpg", bytes: await jpeg(64, 48) };
    expect(await refusal(validateUploads({ images: [await base()], mask: m }))).toBe("mask.jpg: the mask must be a PNG with transparency.");
  });

  it("refuses a PNG without an alpha channel", async () => {
    const m = { name: "mask.png", bytes: await png(64, 48, undefined, 3) };
    expect(await refusal(validateUploads({ images: [await base()], mask: m }))).toBe(
      "mask.png: the mask must be a PNG with transparency; this one has no alpha channel.",
    );
  });

  it("refuses a mask of another size than the base", async () => {
    const images = [{ name: "base.png", bytes: await png(1536, 1024) }];
    const m = { name: "mask.png", bytes: await mask(512, 512, { x: 0, y: 0, w: 10, h: 10 }) };
    expect(await refusal(validateUploads({ images, mask: m }))).toBe(
      "mask.png is 512×512 but the base image is 1536×1024: the mask must be the same size.",
    );
  });

  it("refuses a mask over 4 MB", async () => {
    const header = await mask(8, 8, { x: 0, y: 0, w: 1, h: 1 });
    const big = { name: "mask.png", bytes: Buffer.concat([header, Buffer.alloc(5 * 1024 * 1024)]) };
    expect(await refusal(validateUploads({ images: [await base()], mask: big }))).toBe("mask.png is 5.1 MB; the mask may be at most 4 MB.");
  });

  it("names the selected image when a bulk's mask does not fit one of them", () => {
    expect(() => checkMaskFits({ name: "mask.png", width: 64, height: 48 }, { name: "x", width: 32, height: 32 }, "fresco-abc.png")).toThrow(
      "mask.png is 64×48 but fresco-abc.png is 32×32: the mask must be the same size.",
    );
  });
});
