// Decoded pixels as the emulator handles them: always 8-bit RGBA, row-major.
import sharp from "sharp";

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
}

/** Decodes any supported upload to RGBA; greyscale and RGB gain channels, alpha defaults to 255. */
export async function decodeRgba(bytes: Uint8Array): Promise<RawImage> {
  const { data, info } = await sharp(bytes, { failOn: "error" })
    .toColourspace("srgb")
    .ensureAlpha()
    .raw({ depth: "uchar" })
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`expected 4 channels, got ${info.channels}`);
  return { data, width: info.width, height: info.height };
}

/**
 * Nearest-neighbour resize done by hand: sharp premultiplies alpha while resizing, which
 * would alter semi-transparent pixels and break the bit-exact promise of docs/images-api.md §7.9.
 */
export function resizeNearest(img: RawImage, width: number, height: number): RawImage {
  if (img.width === width && img.height === height) return img;
  const out = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(img.height - 1, Math.floor(((y + 0.5) * img.height) / height));
    for (let x = 0; x < width; x++) {
      const sx = Math.min(img.width - 1, Math.floor(((x + 0.5) * img.width) / width));
      img.data.copy(out, (y * width + x) * 4, (sy * img.width + sx) * 4, (sy * img.width + sx) * 4 + 4);
    }
  }
  return { data: out, width, height };
}

export function isFullyOpaque(img: RawImage): boolean {
  for (let i = 3; i < img.data.length; i += 4) if (img.data[i] !== 255) return false;
  return true;
}
