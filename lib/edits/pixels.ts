// Decoded pixels as the edit pipeline handles them (8-bit RGBA, row-major) and the way back to
// a file. Lossless formats stay bit-exact through decode → encode → decode, which is what
// "keep outside the mask" promises. Node-only (sharp).
import { createHash } from "node:crypto";
import sharp from "sharp";
import type { OutputFormat } from "@/lib/images/models";

export interface Rgba {
  data: Buffer;
  width: number;
  height: number;
}

/** One 8-bit value per pixel: the mask's alpha (0 = repaint, 255 = keep). */
export interface Alpha {
  data: Uint8Array;
  width: number;
  height: number;
}

export async function decodeRgba(bytes: Uint8Array): Promise<Rgba> {
  const { data, info } = await sharp(bytes).toColourspace("srgb").ensureAlpha().raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export async function readAlpha(maskPng: Uint8Array): Promise<Alpha> {
  const { data, width, height } = await decodeRgba(maskPng);
  const alpha = new Uint8Array(width * height);
  for (let p = 0; p < alpha.length; p++) alpha[p] = data[p * 4 + 3]!;
  return { data: alpha, width, height };
}

/**
 * The mask the provider gets: every pixel the person touched at all (alpha < 255) is
 * repainted, so the feather band has new content to blend with; the soft mask stays ours.
 */
export async function binaryMaskPng(mask: Alpha): Promise<Buffer> {
  const rgba = Buffer.alloc(mask.width * mask.height * 4);
  for (let p = 0; p < mask.data.length; p++) rgba[p * 4 + 3] = mask.data[p] === 255 ? 255 : 0;
  return sharp(rgba, { raw: { width: mask.width, height: mask.height, channels: 4 } }).png().toBuffer();
}

export function isOpaque(img: Rgba): boolean {
  for (let i = 3; i < img.data.length; i += 4) if (img.data[i] !== 255) return false;
  return true;
}

/** PNG and WebP are written lossless (WebP `exact` keeps colour under transparent pixels). */
export async function encodeRgba(img: Rgba, format: OutputFormat, opts: { jpegQuality?: number } = {}): Promise<Buffer> {
  let out = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 4 } });
  // An opaque picture needs no alpha channel: smaller files, same pixels.
  if (format === "jpeg" || isOpaque(img)) out = out.removeAlpha();
  if (format === "png") return out.png().toBuffer();
  if (format === "webp") return out.webp({ lossless: true, exact: true }).toBuffer();
  return out.jpeg({ quality: opts.jpegQuality ?? 95 }).toBuffer();
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
