// The pictures an edit is made from, as the browser holds them: the base first (the mask
// applies to it), then reference images. Uploads are checked here for quick feedback only;
// the server checks every file again and has the last word.
import { MAX_IMAGE_BYTES, MB } from "@/lib/edits/limits";
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
 * An uploaded file as an edit image. The base must be a picture the browser can show (the
 * mask is painted on it); a reference that cannot be previewed is still sent, for the
 * server to judge, and shows as "no preview" with size 0.
 */
export async function readUpload(file: File, opts: { base: boolean }): Promise<EditImage> {
  if (file.size > MAX_IMAGE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / MB).toFixed(1)} MB; each image may be at most ${MAX_IMAGE_BYTES / MB} MB.`);
  }
  const url = URL.createObjectURL(file);
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const size = sniffFormat(head) ? await decodedSize(url) : null;
  if (!size && opts.base) {
    URL.revokeObjectURL(url);
    throw new Error(`${file.name} is not a PNG, JPEG or WebP image the browser can open. Choose another file.`);
  }
  return { kind: "upload", key: nextKey(), file, name: file.name, url, thumb: url, width: size?.width ?? 0, height: size?.height ?? 0 };
}

function decodedSize(url: string): Promise<{ width: number; height: number } | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve({ width: img.naturalWidth, height: img.naturalHeight });
    img.onerror = () => resolve(null);
    img.src = url;
  });
}

export function release(img: EditImage): void {
  if (img.kind === "upload") URL.revokeObjectURL(img.url);
}
