// Provider keys at rest, sealed with the server's secret (lib/auth/secret.ts; the cipher is in
// lib/provider/key-seal.ts). After a rotation, keys sealed with an older secret still open while
// that secret is given (AUTH_SECRET_1..., or FRESCO_PREVIOUS_SECRET) until scripts/rotate-provider-keys.ts
// re-seals them with the current one (docs/providers.md).
import "server-only";
import { derivedKey, keyId, openSealed, seal } from "@/lib/provider/key-seal";
import { authSecrets } from "./secret";

/** The current secret first, then older ones still accepted. */
export function keySecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const previous = env.FRESCO_PREVIOUS_SECRET;
  return [...authSecrets(env), ...(previous ? [previous] : [])];
}

export function encryptKey(plaintext: string): string {
  return seal(plaintext, keySecrets()[0]!);
}

/** The plaintext key, or an AppError saying why it cannot be opened (never showing the key). */
export function decryptKey(sealed: string): string {
  return openSealed(sealed, keySecrets());
}

/** True when the key is sealed with the current secret. */
export function sealedWithCurrent(sealed: string, secret = keySecrets()[0]!): boolean {
  return sealed.split(".")[1] === keyId(derivedKey(secret));
}
