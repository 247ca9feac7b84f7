// Reads an image's real dimensions and checks that every byte decodes: provider output before
// we store it, and uploads before we send them. Node-only (sharp).
import sharp from "sharp";
import type { OutputFormat } from "./models";
import { sniffFormat } from "./sniff";
import { ImageDecodeError } from "./decode-error";

export { ImageDecodeError, type DecodeFailure } from "./decode-error";

/** A 1536×1024 output is 1.5 MP; 64 MP leaves room for uploads and stops decompression bombs. */
export const MAX_PIXELS = 64_000_000;

export interface DecodedImage {
  format: OutputFormat;
  width: number;
  height: number;
  hasAlpha: boolean;
}

export async function decodeImage(bytes: Uint8Array, opts: { maxPixels?: number } = {}): Promise<DecodedImage> {
  const maxPixels = opts.maxPixels ?? MAX_PIXELS;
  const format = sniffFormat(bytes);
  if (!format) throw new ImageDecodeError("unsupported_format", "The file is not a PNG, JPEG or WebP image.");

  // failOn "warning" turns libvips' tolerance of damaged files into an error.
  const open = () => sharp(bytes, { failOn: "warning", limitInputPixels: maxPixels });
  let width: number, height: number, hasAlpha: boolean;
  try {
    const meta = await open().metadata();
    if (meta.format !== format) throw new Error(`header says ${format}, decoder found ${meta.format}`);
    ({ width, height, hasAlpha } = { width: meta.width ?? 0, height: meta.height ?? 0, hasAlpha: meta.hasAlpha ?? false });
  } catch (cause) {
    throw new ImageDecodeError("corrupt", `The ${format.toUpperCase()} image is damaged and cannot be read.`, { cause });
  }
  if (width <= 0 || height <= 0) throw new ImageDecodeError("corrupt", "The image has no pixels.");
  // Checked on the header alone, before decoding a single pixel of a would-be bomb.
  if (width * height > maxPixels) {
    throw new ImageDecodeError("too_large", `The image is ${width}×${height}; Fresco reads at most ${maxPixels / 1e6} megapixels.`);
  }
  try {
    // The header can be intact while the pixel data is cut short: decode everything.
    await open().stats();
  } catch (cause) {
    throw new ImageDecodeError("corrupt", `The ${format.toUpperCase()} image is truncated or damaged.`, { cause });
  }
  return { format, width, height, hasAlpha };
}
