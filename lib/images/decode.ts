// Reads an image's real dimensions and checks that every byte decodes: provider output before
// we store it, and uploads before we send them. Node-only (sharp).
import sharp, { type Metadata } from "sharp";
import type { ImageFile } from "./image-file";
import { sniffFormat } from "./sniff";
import { ImageDecodeError } from "./decode-error";

export { ImageDecodeError, type DecodeFailure } from "./decode-error";

import { MAX_PIXELS } from "./pixel-limit";

export { MAX_PIXELS };

export interface DecodedImage extends ImageFile {
  hasAlpha: boolean;
}

export async function decodeImage(bytes: Uint8Array, opts: { maxPixels?: number } = {}): Promise<DecodedImage> {
  const maxPixels = opts.maxPixels ?? MAX_PIXELS;
  const format = sniffFormat(bytes);
  if (!format) throw new ImageDecodeError("unsupported_format", "The file is not a PNG, JPEG or WebP image.");

  // failOn "warning" turns libvips' tolerance of damaged files into an error. The header is
  // read without sharp's pixel limit so that a too-large image is reported as such, rather
  // than as damaged; the limit then guards the full decode.
  const open = (limitInputPixels: number | false) => sharp(bytes, { failOn: "warning", limitInputPixels });
  let meta: Metadata;
  try {
    meta = await open(false).metadata();
    if (meta.format !== format) throw new Error(`magic bytes say ${format}, the decoder found ${meta.format}`);
  } catch (cause) {
    throw new ImageDecodeError("corrupt", `The ${format.toUpperCase()} image is damaged and cannot be read.`, { cause });
  }
  const { width = 0, height = 0, hasAlpha = false } = meta;
  if (width <= 0 || height <= 0) throw new ImageDecodeError("corrupt", "The image has no pixels.");
  // Checked on the header alone, before decoding a single pixel of a would-be bomb.
  if (width * height > maxPixels) {
    throw new ImageDecodeError("too_large", `The image is ${width}×${height}; Fresco reads at most ${maxPixels / 1e6} megapixels.`);
  }
  try {
    // The header can be intact while the pixel data is cut short: decode every pixel. (A raw
    // decode is ~5 ms for 1024×1024; `.stats()` would do the same work plus statistics, ~35 ms.)
    await open(maxPixels).raw().toBuffer();
  } catch (cause) {
    throw new ImageDecodeError("corrupt", `The ${format.toUpperCase()} image is truncated or damaged.`, { cause });
  }
  return { format, width, height, hasAlpha };
}
