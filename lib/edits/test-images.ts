// Real image files for the edit tests, made with sharp from per-pixel functions.
import sharp from "sharp";

export type Pixel = [number, number, number, number];

/** A busy, deterministic picture: any pixel that changes shows. */
export const busy = (x: number, y: number): Pixel => [(x * 7 + y * 3) % 256, (x * 13) % 256, (y * 11) % 256, 255];

export function rgbaOf(width: number, height: number, pixel: (x: number, y: number) => Pixel): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  }
  return data;
}

export function png(width: number, height: number, pixel: (x: number, y: number) => Pixel = busy, channels: 3 | 4 = 4): Promise<Buffer> {
  const img = sharp(rgbaOf(width, height, pixel), { raw: { width, height, channels: 4 } });
  return (channels === 3 ? img.removeAlpha() : img).png().toBuffer();
}

export function jpeg(width: number, height: number): Promise<Buffer> {
  return sharp(rgbaOf(width, height, busy), { raw: { width, height, channels: 4 } }).removeAlpha().jpeg().toBuffer();
}

/** A mask: alpha 0 inside `hole`, a feather band of `feather` px around it, 255 elsewhere. */
export function mask(width: number, height: number, hole: { x: number; y: number; w: number; h: number }, feather = 0): Promise<Buffer> {
  return png(width, height, (x, y) => {
    const dx = Math.max(hole.x - x, 0, x - (hole.x + hole.w - 1));
    const dy = Math.max(hole.y - y, 0, y - (hole.y + hole.h - 1));
    const d = Math.max(dx, dy);
    const a = d === 0 ? 0 : d > feather ? 255 : Math.round((255 * d) / (feather + 1));
    return [0, 0, 0, a];
  });
}

export async function rgba(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(bytes).toColourspace("srgb").ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
