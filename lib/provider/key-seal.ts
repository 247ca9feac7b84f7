// Sealing and opening provider keys with explicit secrets: AES-256-GCM, the key derived from a
// server secret with HKDF-SHA256. Format: "v1.<keyId>.<iv>.<tag>.<ciphertext>" (base64url parts);
// keyId is a short hash of the derived key, naming which secret sealed it without revealing it.
// lib/provider/key-crypto.ts supplies the server's secrets; the rotation script passes its own.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";

const VERSION = "v1";
const INFO = "fresco provider keys v1";

export function derivedKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "fresco-provider-keys", INFO, 32));
}

export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 8);
}

export function seal(plaintext: string, secret: string): string {
  const key = derivedKey(secret);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const id = keyId(key);
  cipher.setAAD(Buffer.from(`${VERSION}.${id}`));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** Opens with whichever of the secrets the key id names; a clear AppError otherwise. */
export function openSealed(sealed: string, secrets: readonly string[]): string {
  const parts = sealed.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new AppError("INVALID_INPUT", "The stored provider key is not in a form Fresco can read; enter the key again.");
  }
  const [, id, iv, tag, body] = parts as [string, string, string, string, string];
  const key = secrets.map(derivedKey).find((k) => keyId(k) === id);
  if (!key) {
    throw new AppError(
      "CONFLICT",
      "The provider key was sealed with a server secret Fresco no longer has; set FRESCO_PREVIOUS_SECRET to the old secret and run scripts/rotate-provider-keys.ts, or enter the key again.",
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(`${VERSION}.${id}`));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new AppError("INVALID_INPUT", "The stored provider key has been altered and cannot be opened; enter the key again.");
  }
}

/** What people see of a key: its last four characters. */
export function lastFour(plaintext: string): string {
  return plaintext.slice(-4);
}
