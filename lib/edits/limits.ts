// The limits on an edit's files: the provider's (docs/images-api.md §2) and Fresco's own bounds on
// what one request may make the server decode. Shared by the browser form and the server
// checks. No node-only imports.
import { IMAGE_SIZES } from "@/lib/images/models";

export const MAX_IMAGES = 16;
export const MB = 1024 * 1024;
export const MAX_IMAGE_BYTES = 50 * MB;
export const MAX_MASK_BYTES = 4 * MB;

/** The provider's largest output side (1536): a reference is never used larger than this. */
export const MAX_REFERENCE_SIDE = Math.max(
  ...IMAGE_SIZES.flatMap((s) => (s === "auto" ? [] : s.split("x").map(Number))),
);

/**
 * A base keeps its own size up to this side, so "keep outside the mask" keeps a 12 MP phone
 * photo whole; a larger one is stored shrunk to fit (its mask with it). Inside the mask the
 * provider's 1536 px are already stretched 2.7× at this size, and the edit's composite stays
 * within 4096² × 4 bytes = 64 MB a bitmap.
 */
export const MAX_BASE_SIDE = 4096;

/**
 * The source pixels one edit may make the server decode, all images and the mask together.
 * Decoding reads every source pixel even when it shrinks on load (about 10 ms a megapixel for
 * PNG here), so this bounds a request's time: two 64 MP images, or ten 12 MP phone photos.
 */
export const MAX_EDIT_PIXELS = 128_000_000;

/** "61 MB", "4.2 MB": rounded up, so a file just over the limit never reads as the limit. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.ceil(mb) : Math.ceil(mb * 10) / 10} MB`;
}
