// Gallery thumbnails: small WebP renditions, stored as blobs like any other image. 384 px wide
// stays sharp in a ~240 px tile on a 1.5x screen; quality 70 at effort 4 keeps a detailed,
// photo-like image near 22 KB (bench/gallery.ts measures it; the target is 30 KB on average).
// Thumbnails made with the earlier settings (quality 78, effort 2, ~26 KB) are left as they are:
// an image's thumbnail is cached as immutable under its id, so it never changes.
import "server-only";
import sharp from "sharp";
import type { BlobExt } from "@/lib/ports/blob-keys";
import { putBlob, type StoredBlob } from "./blob-store";

export const THUMBNAIL_WIDTH = 384;

/** `put` lets a writer store it through its BlobWrites (pinned until its rows commit). */
export async function makeThumbnail(bytes: Uint8Array, put: (bytes: Uint8Array, ext: BlobExt) => Promise<StoredBlob> = putBlob): Promise<StoredBlob> {
  const webp = await sharp(bytes)
    .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 70, alphaQuality: 90, effort: 4 })
    .toBuffer();
  return put(webp, "webp");
}
