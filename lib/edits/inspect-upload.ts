// The checks on an edit's files that need only their first bytes: size, format, the header's
// dimensions. They run on every file before a single pixel is decoded, so a decompression bomb
// (a few KB that would decode to gigabytes) is refused for the price of reading its header.
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_PIXELS } from "@/lib/images/decode";
import type { ImageFile } from "@/lib/images/image-file";
import type { OutputFormat } from "@/lib/images/models";
import { sniffFormat } from "@/lib/images/sniff";
import { uploadSentences } from "./upload-sentences";
import { MAX_EDIT_PIXELS, MAX_IMAGE_BYTES, MAX_IMAGES, MAX_MASK_BYTES, MB, megabytes } from "./limits";

export interface UploadFile {
  name: string;
  bytes: Buffer;
}

type Sized = { name: string; width: number; height: number };

/** An upload whose header has been read: its size upright (EXIF applied), not yet decoded. */
export interface Inspected extends UploadFile, ImageFile {
  /** EXIF orientation, 1 when upright already. */
  orientation: number;
  /** What decoding it costs, whatever size it is shrunk to. */
  sourcePixels: number;
}

export const invalid = (message: string) => new AppError("INVALID_INPUT", message);

export function checkImageCount(count: number): void {
  if (count < 1 || count > MAX_IMAGES) {
    throw invalid(`An edit takes 1 to ${MAX_IMAGES} images; this one has ${count}.`);
  }
}

/** The header, or null when it cannot be read as the format the magic bytes claim. */
async function readHeader(bytes: Buffer, format: OutputFormat) {
  try {
    // No pixel limit here, so that a too-large image is reported as such rather than as damaged.
    const meta = await sharp(bytes, { failOn: "warning", limitInputPixels: false }).metadata();
    const { width = 0, height = 0 } = meta;
    if (meta.format !== format || width <= 0 || height <= 0) return null;
    const upright = meta.autoOrient ?? { width, height };
    return { width, height, upright, orientation: meta.orientation ?? 1, sourcePixels: width * height };
  } catch {
    return null;
  }
}

export async function inspectImage(file: UploadFile): Promise<Inspected> {
  const { name, bytes } = file;
  // Size first: it is free, and a 2 GB upload should not reach the decoder.
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw invalid(uploadSentences.tooLarge(name, bytes.length));
  }
  const format = sniffFormat(bytes);
  if (!format) throw invalid(uploadSentences.notAnImage(name));
  const header = await readHeader(bytes, format);
  if (!header) throw invalid(uploadSentences.damaged(name));
  if (header.sourcePixels > MAX_PIXELS) {
    throw invalid(uploadSentences.tooManyPixels(name));
  }
  const { upright, orientation, sourcePixels } = header;
  return { name, bytes, format, width: upright.width, height: upright.height, orientation, sourcePixels };
}

// PNG colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel; the type is byte 25.
const PNG_ALPHA_TYPES = new Set([4, 6]);

/** A mask on its own: PNG, small enough, with an alpha channel and a readable header. */
export async function inspectMask(file: UploadFile): Promise<Inspected & { format: "png" }> {
  const { name, bytes } = file;
  if (bytes.length > MAX_MASK_BYTES) {
    throw invalid(`${name} is ${megabytes(bytes.length)}; the mask may be at most ${MAX_MASK_BYTES / MB} MB.`);
  }
  if (sniffFormat(bytes) !== "png") throw invalid(`${name}: the mask must be a PNG with transparency.`);
  if (!PNG_ALPHA_TYPES.has(bytes[25] ?? -1)) {
    throw invalid(`${name}: the mask must be a PNG with transparency; this one has no alpha channel.`);
  }
  const header = await readHeader(bytes, "png");
  if (!header) throw invalid(`${name} is damaged or cut short and cannot be read as a mask.`);
  if (header.sourcePixels > MAX_PIXELS) {
    throw invalid(`${name} has too many pixels; a mask may have at most ${MAX_PIXELS / 1e6} megapixels.`);
  }
  // The mask is drawn on the picture as it is shown, so its own pixels are never turned.
  return { name, bytes, format: "png", width: header.width, height: header.height, orientation: 1, sourcePixels: header.sourcePixels };
}

/** The mask applies to the base image pixel for pixel. `label` names the base when there are several. */
export function checkMaskFits(mask: Sized, base: Sized, label?: string): void {
  if (mask.width === base.width && mask.height === base.height) return;
  const baseSize = `${base.width}×${base.height}`;
  const what = label ? `${label} is ${baseSize}` : `the base image is ${baseSize}`;
  throw invalid(`${mask.name} is ${mask.width}×${mask.height} but ${what}: the mask must be the same size.`);
}

/** One request may not make the server decode more than MAX_EDIT_PIXELS, however it is split. */
export function checkPixelBudget(files: Inspected[]): void {
  const total = files.reduce((sum, f) => sum + f.sourcePixels, 0);
  if (total <= MAX_EDIT_PIXELS) return;
  throw new AppError(
    "TOO_LARGE",
    `These files have ${Math.ceil(total / 1e6).toLocaleString("en-US")} megapixels in all; one edit may have at most ` +
      `${MAX_EDIT_PIXELS / 1e6} megapixels (all images and the mask together). Send fewer or smaller images.`,
  );
}
