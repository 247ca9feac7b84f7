// Decoding an edit's uploads, bounded: at most two decodes at a time in the whole process, and
// each image shrunk on load to the size it will be used at, so a 64-megapixel file never
// becomes a 256 MB bitmap. Every pixel is still read, so a file cut short is refused here.
import "server-only";
import sharp, { type Sharp } from "sharp";
import type { Size } from "@/lib/canvas/fit";
import { MAX_PIXELS } from "@/lib/images/decode";
import type { ImageBytes } from "@/lib/images/image-file";
import type { OutputFormat } from "@/lib/images/models";
import { invalid, type Inspected } from "./inspect-upload";
import { uploadSentences } from "./upload-sentences";

/** An upload as it will be stored: upright, within its size, every pixel known to decode. */
export interface CheckedImage extends ImageBytes {
  name: string;
}

// Two cores here; more decodes at once would only queue inside libvips while holding memory.
const DECODES_AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running < DECODES_AT_ONCE) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve)); // the slot is handed over
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** The size within `maxSide` a side, same aspect; the size itself when it fits already. */
export function shrunkSize(size: Size, maxSide: number): Size {
  const scale = maxSide / Math.max(size.width, size.height);
  if (scale >= 1) return { width: size.width, height: size.height };
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

const open = (bytes: Buffer) => sharp(bytes, { failOn: "warning", limitInputPixels: MAX_PIXELS });

/** Reads every pixel into a thumbnail: a truncated or damaged file fails, little memory is used. */
const readAll = (pipeline: Sharp) => pipeline.resize(64, 64, { fit: "inside" }).raw().toBuffer();

// Lossless stays lossless; WebP is written lossy because its lossless encoder takes ~6 s for 16 MP.
function encodeAs(pipeline: Sharp, format: OutputFormat): Sharp {
  if (format === "png") return pipeline.png();
  if (format === "webp") return pipeline.webp({ quality: 95, alphaQuality: 100 });
  return pipeline.jpeg({ quality: 95 });
}

/**
 * The image within `maxSide` a side and upright (browsers show a phone photo turned by its
 * EXIF orientation, so the mask is drawn on the turned picture; the provider ignores EXIF).
 * A file that needs neither is kept byte for byte.
 */
export function loadImage(image: Inspected, maxSide: number): Promise<CheckedImage> {
  return inSlot(async () => {
    const size = shrunkSize(image, maxSide);
    const shrink = size.width !== image.width || size.height !== image.height;
    try {
      if (!shrink && image.orientation === 1) {
        await readAll(open(image.bytes));
        return { name: image.name, bytes: image.bytes, format: image.format, width: image.width, height: image.height };
      }
      const upright = open(image.bytes).autoOrient();
      const sized = shrink ? upright.resize(size.width, size.height, { fit: "fill" }) : upright;
      const { data, info } = await encodeAs(sized, image.format).toBuffer({ resolveWithObject: true });
      return { name: image.name, bytes: data, format: image.format, width: info.width, height: info.height };
    } catch {
      throw invalid(uploadSentences.damaged(image.name));
    }
  });
}

/** The mask at `size`: the size its base is stored at (shrunk the same way, when it was). */
export function loadMask(mask: Inspected, size: Size): Promise<CheckedImage & { format: "png" }> {
  return inSlot(async () => {
    try {
      if (mask.width === size.width && mask.height === size.height) {
        await readAll(open(mask.bytes));
        return { name: mask.name, bytes: mask.bytes, format: "png", width: mask.width, height: mask.height };
      }
      // Linear: lanczos would ring at the mask's edges and nick the opaque (kept) side.
      const resized = open(mask.bytes).ensureAlpha().resize(size.width, size.height, { fit: "fill", kernel: "linear" }).png();
      const { data, info } = await resized.toBuffer({ resolveWithObject: true });
      return { name: mask.name, bytes: data, format: "png", width: info.width, height: info.height };
    } catch {
      throw invalid(`${mask.name} is damaged or cut short and cannot be read as a mask.`);
    }
  });
}
