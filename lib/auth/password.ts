// Password hashing with Argon2id (OWASP's first choice), parameters from OWASP's cheat sheet:
// 19 MiB of memory, 2 passes, 1 lane.
import "server-only";
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { algorithm: 2 /* Argon2id; the package exports it as a const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false; // a malformed stored hash is a failed sign-in, not a crash
  }
}

// A hash to verify against when the account does not exist, so that a sign-in for an unknown
// email takes as long as one with a wrong password and does not reveal which emails exist.
let decoy: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  decoy ??= hashPassword("decoy-password-for-timing");
  await verifyPassword(await decoy, password);
}
