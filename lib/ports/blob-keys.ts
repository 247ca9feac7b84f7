// How a blob is named: by the sha256 of its bytes, so identical bytes are stored once whoever
// stores them, and a key can be checked before it goes anywhere near a file system or a bucket.
import { createHash } from "node:crypto";

export type BlobExt = "png" | "jpeg" | "webp";

const KEY_PATTERN = /^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}\.(png|jpeg|webp)$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Key layout `ab/cd/<sha256>.<ext>` keeps directories small at any scale. */
export function keyFor(sha256: string, ext: BlobExt): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}.${ext}`;
}

export function isBlobKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
