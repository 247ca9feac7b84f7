// The pictures an edit is made from, as the browser holds them: the base first (the mask
// applies to it), then reference images.
import { MAX_IMAGE_BYTES } from "@/lib/edits/limits";
import { uploadSentences } from "@/lib/edits/upload-sentences";
import { MAX_PIXELS } from "@/lib/images/pixel-limit";
import { sniffFormat } from "@/lib/images/sniff";

type Common = { key: string; name: string; width: number; height: number; url: string; thumb: string };
export type EditImage = Common & ({ kind: "upload"; file: File } | { kind: "image"; imageId: string });

export const ACCEPT = "image/png,image/webp,image/jpeg";

let seq = 0;
const nextKey = () => `img${++seq}`;

export function storedImage(img: { imageId: string; width: number; height: number; name: string }): EditImage {
  const url = `/api/images/${img.imageId}`;
  return { kind: "image", key: nextKey(), ...img, url, thumb: `${url}?variant=thumb` };
}

/**
 * An uploaded file as an edit image, checked as it is added by the rules the server applies
 * (lib/edits/inspect-upload.ts): its size, its magic bytes, that it decodes, its pixel count.
 * A file that fails is refused here with the server's own sentence, not after submit; the
 * server still checks every file again and has the last word.
 */
export async function readUpload(file: File): Promise<EditImage> {
  if (file.size > MAX_IMAGE_BYTES) throw new Error(uploadSentences.tooLarge(file.name, file.size));
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (!sniffFormat(head)) throw new Error(uploadSentences.notAnImage(file.name));
  const size = await decodedSize(file);
  if (!size) throw new Error(uploadSentences.damaged(file.name));
  if (size.width * size.height > MAX_PIXELS) throw new Error(uploadSentences.tooManyPixels(file.name));
  const url = URL.createObjectURL(file);
  return { kind: "upload", key: nextKey(), file, name: file.name, url, thumb: url, width: size.width, height: size.height };
}

/** Its upright size once every byte has decoded (EXIF applied, as the server reads it), or null. */
async function decodedSize(file: File): Promise<{ width: number; height: number } | null> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return null;
  }
}

export function release(img: EditImage): void {
  if (img.kind === "upload") URL.revokeObjectURL(img.url);
}
