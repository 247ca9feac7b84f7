// "Keep outside the mask": the provider's result laid over the original base through the
// person's soft mask. out = raw·w + base·(1−w), w = (255 − maskAlpha)/255, in integers so that
// a kept pixel (alpha 255) is the base's pixel bit for bit and a fully marked one is the raw's.
import type { Alpha, Rgba } from "./pixels";

export function compositeOverBase(raw: Rgba, base: Rgba, mask: Alpha): Rgba {
  const { width, height } = base;
  for (const [what, img] of [["raw", raw], ["mask", mask]] as const) {
    if (img.width !== width || img.height !== height) {
      throw new RangeError(`composite: ${what} is ${img.width}×${img.height}, base is ${width}×${height}`);
    }
  }
  const out = Buffer.alloc(width * height * 4);
  for (let p = 0; p < mask.data.length; p++) {
    const keep = mask.data[p]!;
    const repaint = 255 - keep;
    for (let c = p * 4; c < p * 4 + 4; c++) {
      // +127 rounds to nearest; exact at both ends since base·255 + 127 < (base + 1)·255.
      out[c] = Math.floor((raw.data[c]! * repaint + base.data[c]! * keep + 127) / 255);
    }
  }
  return { data: out, width, height };
}
