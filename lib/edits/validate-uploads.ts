// Checks the files of an edit before anything is stored or sent (docs/images-api.md §2): each image
// a real png, webp or jpeg within the limits, the mask a PNG with an alpha channel of exactly
// the base's size. Every refusal names the file and the rule, so a person can fix it.
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { decodeImage, ImageDecodeError, MAX_PIXELS } from "@/lib/images/decode";
import type { OutputFormat } from "@/lib/images/models";
import { sniffFormat } from "@/lib/images/sniff";
import { MAX_IMAGE_BYTES, MAX_IMAGES, MAX_MASK_BYTES, MB } from "./limits";

export interface UploadFile {
  name: string;
  bytes: Buffer;
}

export interface CheckedImage extends UploadFile {
  format: OutputFormat;
  width: number;
  height: number;
}

type Sized = { name: string; width: number; height: number };

const invalid = (message: string) => new AppError("INVALID_INPUT", message);

/** "61 MB", "4.2 MB": rounded up, so a file just over the limit never reads as the limit. */
function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.ceil(mb) : Math.ceil(mb * 10) / 10} MB`;
}

export function checkImageCount(count: number): void {
  if (count < 1 || count > MAX_IMAGES) {
    throw invalid(`An edit takes 1 to ${MAX_IMAGES} images; this one has ${count}.`);
  }
}

export async function checkImage(file: UploadFile): Promise<CheckedImage> {
  const { name, bytes } = file;
  // Size first: it is free, and a 2 GB upload should not reach the decoder.
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw invalid(`${name} is ${megabytes(bytes.length)}; each image may be at most ${MAX_IMAGE_BYTES / MB} MB.`);
  }
  if (!sniffFormat(bytes)) throw invalid(`${name} is not a PNG, JPEG or WebP image (its content says otherwise).`);
  try {
    const decoded = await decodeImage(bytes, { maxPixels: MAX_PIXELS });
    return await upright({ name, bytes, format: decoded.format, width: decoded.width, height: decoded.height });
  } catch (err) {
    if (!(err instanceof ImageDecodeError)) throw err;
    if (err.reason === "too_large") {
      throw invalid(`${name} has too many pixels; images may have at most ${MAX_PIXELS / 1e6} megapixels.`);
    }
    throw invalid(`${name} is damaged or cut short and cannot be read.`);
  }
}

/**
 * Browsers show a phone photo turned by its EXIF orientation, so the mask is drawn on the
 * turned picture; the provider ignores EXIF. Storing the turned pixels gives both one frame.
 */
async function upright(image: CheckedImage): Promise<CheckedImage> {
  const { orientation } = await sharp(image.bytes).metadata();
  if (!orientation || orientation === 1) return image;
  const turned = sharp(image.bytes).autoOrient();
  const encoded =
    image.format === "png" ? turned.png() : image.format === "webp" ? turned.webp({ lossless: true }) : turned.jpeg({ quality: 95 });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { ...image, bytes: data, width: info.width, height: info.height };
}

// PNG colour types 4 (grey + alpha) and 6 (RGBA) carry an alpha channel; the type is byte 25.
const PNG_ALPHA_TYPES = new Set([4, 6]);

/** A mask on its own: PNG, small enough, decodable, with an alpha channel. */
export async function checkMaskFile(file: UploadFile): Promise<CheckedImage & { format: "png" }> {
  const { name, bytes } = file;
  if (bytes.length > MAX_MASK_BYTES) {
    throw invalid(`${name} is ${megabytes(bytes.length)}; the mask may be at most ${MAX_MASK_BYTES / MB} MB.`);
  }
  if (sniffFormat(bytes) !== "png") throw invalid(`${name}: the mask must be a PNG with transparency.`);
  if (!PNG_ALPHA_TYPES.has(bytes[25] ?? -1)) {
    throw invalid(`${name}: the mask must be a PNG with transparency; this one has no alpha channel.`);
  }
  try {
    const { width, height } = await decodeImage(bytes, { maxPixels: MAX_PIXELS });
    return { name, bytes, format: "png", width, height };
  } catch (err) {
    if (!(err instanceof ImageDecodeError)) throw err;
    throw invalid(`${name} is damaged or cut short and cannot be read as a mask.`);
  }
}

/** The mask applies to the base image pixel for pixel. `label` names the base when there are several. */
export function checkMaskFits(mask: Sized, base: Sized, label?: string): void {
  if (mask.width === base.width && mask.height === base.height) return;
  const baseSize = `${base.width}×${base.height}`;
  const what = label ? `${label} is ${baseSize}` : `the base image is ${baseSize}`;
  throw invalid(`${mask.name} is ${mask.width}×${mask.height} but ${what}: the mask must be the same size.`);
}

/** Uploads alone (no images from the gallery): all images, then the mask against the first. */
export async function validateUploads(files: {
  images: UploadFile[];
  mask?: UploadFile;
}): Promise<{ images: CheckedImage[]; mask?: CheckedImage }> {
  checkImageCount(files.images.length);
  const images: CheckedImage[] = [];
  for (const file of files.images) images.push(await checkImage(file)); // one at a time: each may be 64 MP
  if (!files.mask) return { images };
  const mask = await checkMaskFile(files.mask);
  checkMaskFits(mask, images[0]!);
  return { images, mask };
}
