// Gallery thumbnails: small WebP renditions, stored as blobs like any other image.
import "server-only";
import sharp from "sharp";
import type { BlobExt } from "@/lib/ports/blob-keys";
import { putBlob, type StoredBlob } from "./blob-store";

export const THUMBNAIL_WIDTH = 384;

/** `put` lets a writer store it through its BlobWrites (pinned until its rows commit). */
export async function makeThumbnail(bytes: Uint8Array, put: (bytes: Uint8Array, ext: BlobExt) => Promise<StoredBlob> = putBlob): Promise<StoredBlob> {
  const webp = await sharp(bytes)
    .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 78, alphaQuality: 90, effort: 2 })
    .toBuffer();
  return put(webp, "webp");
}
