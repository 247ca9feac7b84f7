// The secrets that seal session cookies. AUTH_SECRET is the current one; AUTH_SECRET_1,
// AUTH_SECRET_2, ... are older ones still accepted, so a secret can be rotated without
// signing everyone out. With none set (a fresh clone), one is made on first start and kept in
// the data folder, readable only by this user.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/data-dir";

export function authSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  const rotated = Object.keys(env)
    .map((k) => /^AUTH_SECRET_(\d+)$/.exec(k))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => env[m[0]]!)
    .filter(Boolean);
  if (env.AUTH_SECRET) return [env.AUTH_SECRET, ...rotated];
  if (rotated.length) return rotated;
  return [localSecret()];
}

function localSecret(): string {
  const file = path.join(dataDir(), "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim(); // another worker wrote it first
    }
  }
}
