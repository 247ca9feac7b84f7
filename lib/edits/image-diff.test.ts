import { describe, expect, it } from "vitest";
import { imageDiff } from "./image-diff";
import { busy, png, rgba } from "./test-images";

const alphaAt = (img: { data: Buffer; width: number }, x: number, y: number) => img.data[(y * img.width + x) * 4 + 3]!;

describe("imageDiff", () => {
  it("shows nothing for identical images", async () => {
    const a = await png(40, 30);
    const out = await rgba(await imageDiff(a, await png(40, 30)));
    expect(out.width).toBe(40);
    expect([...out.data].filter((_, i) => i % 4 === 3 && _ !== 0)).toEqual([]);
  });

  it("marks exactly the changed rectangle", async () => {
    const inside = (x: number, y: number) => x >= 10 && x < 20 && y >= 5 && y < 15;
    const a = await png(40, 30);
    const b = await png(40, 30, (x, y) => (inside(x, y) ? [255 - busy(x, y)[0], 0, 0, 255] : busy(x, y)));
    const out = await rgba(await imageDiff(a, b));
    for (let y = 0; y < 30; y++) {
      for (let x = 0; x < 40; x++) expect(alphaAt(out, x, y) > 0, `${x},${y}`).toBe(inside(x, y));
    }
  });

  it("compares an image of another size in the first image's frame", async () => {
    const out = await rgba(await imageDiff(await png(40, 30), await png(80, 60)));
    expect([out.width, out.height]).toEqual([40, 30]);
  });
});
