// Checks an edit's uploaded files (docs/images-api.md §2, §7.9, §7.10): each image declared as and
// decodable as png, webp or jpeg; the mask a PNG with alpha, exactly the first image's size.
import sharp, { type Metadata } from "sharp";
import { errors } from "./errors";
import type { UploadedFile } from "./multipart";
import { decodeRgba, type RawImage } from "./raw-image";

const IMAGE_FORMATS = new Set(["png", "webp", "jpeg"]);
const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

export interface InputImage {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface CheckedUploads {
  images: InputImage[];
  /** The first image, decoded: the base of the edit. */
  base: RawImage;
  mask?: RawImage;
}

async function checkImage(file: UploadedFile, index: number, count: number): Promise<InputImage> {
  const which = count > 1 ? `image ${index + 1}` : "image";
  let format: string | undefined;
  try {
    format = (await sharp(file.bytes).metadata()).format;
  } catch {
    throw errors.invalidImageFile("image", which, "the file is not an image");
  }
  if (!format || !IMAGE_FORMATS.has(format)) {
    throw errors.invalidImageFile("image", which, `unsupported format '${format ?? "unknown"}'`);
  }
  try {
    // Decode fully: a truncated file can have valid headers.
    const { info } = await sharp(file.bytes, { failOn: "error" }).raw().toBuffer({ resolveWithObject: true });
    return { bytes: file.bytes, width: info.width, height: info.height };
  } catch {
    throw errors.invalidImageFile("image", which, "the file could not be decoded");
  }
}

async function checkMask(file: UploadedFile, first: InputImage): Promise<RawImage> {
  const invalid = (why: string) => errors.invalidValueMessage("mask", `Invalid 'mask': ${why}.`);
  let meta: Metadata;
  try {
    meta = await sharp(file.bytes).metadata();
  } catch {
    throw invalid("the file is not an image; expected a PNG with an alpha channel");
  }
  if (meta.format !== "png") throw invalid(`expected a PNG, got '${meta.format ?? "unknown"}'`);
  if (!meta.hasAlpha) throw invalid("the PNG has no alpha channel; expected RGBA");
  if (meta.width !== first.width || meta.height !== first.height) {
    throw invalid(
      `its size ${meta.width}x${meta.height} differs from the first image's ${first.width}x${first.height}`,
    );
  }
  try {
    return await decodeRgba(file.bytes);
  } catch {
    throw invalid("the PNG could not be decoded");
  }
}

/**
 * The provider refuses an image part by its declared type before it looks at the bytes
 * (docs/images-api.md §7.10): `application/octet-stream`, or none, is refused even for a good PNG.
 * One image sent as `image` is named so; several, or `image[]`, by index.
 */
function checkTypes(files: readonly UploadedFile[]): void {
  for (const [i, file] of files.entries()) {
    if (IMAGE_TYPES.has(file.contentType.toLowerCase())) continue;
    const param = files.length === 1 && file.field === "image" ? "image" : `image[${i}]`;
    throw errors.unsupportedFileMimetype(param, file.contentType);
  }
}

export async function checkUploads(files: readonly UploadedFile[], maskFile?: UploadedFile): Promise<CheckedUploads> {
  checkTypes(files);
  const images: InputImage[] = [];
  for (const [i, file] of files.entries()) images.push(await checkImage(file, i, files.length));
  const first = images[0];
  if (!first) throw errors.missingRequired("image");
  const mask = maskFile ? await checkMask(maskFile, first) : undefined;
  return { images, base: await decodeRgba(first.bytes), mask };
}
