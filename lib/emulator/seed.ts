// Determinism (docs/images-api.md §7.1): every synthetic pixel comes from a PRNG seeded by a hash of the request.
import { createHash } from "node:crypto";

/** sha256 over length-prefixed parts, so ["ab","c"] and ["a","bc"] hash differently. */
export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const h = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    h.update(`${bytes.length}:`);
    h.update(bytes);
  }
  return h.digest("hex");
}

export type Rng = () => number;

/** sfc32 seeded from the hash and a salt (the image index, the layer name...): uniform in [0, 1). */
export function rngFrom(hash: string, salt: string | number = ""): Rng {
  const digest = createHash("sha256").update(`${hash}/${salt}`).digest();
  let a = digest.readUInt32LE(0);
  let b = digest.readUInt32LE(4);
  let c = digest.readUInt32LE(8);
  let d = digest.readUInt32LE(12);
  const next: Rng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // warm up: the first outputs of sfc32 are correlated
  return next;
}

export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}
