// Email + password sign-in, throttled per account and per address. A wrong password and an
// unknown email give the same answer in the same time.
import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { clearFailures, lockedUntil, recordFailure, type ThrottlePolicy } from "@/lib/db/throttle";
import { findUserByEmail, normalizeEmail } from "@/lib/db/users";
import { burnVerifyTime, verifyPassword } from "./password";

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { maxFailures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}

class Throttled extends CredentialsSignin {
  constructor(minutes: number) {
    super();
    this.code = `throttled:${minutes}`;
  }
}

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(1024) });

export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}

export async function authorizePassword(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const email = normalizeEmail(parsed.data.email);
  const accountKey = `account:${email}`;
  const addressKey = `ip:${clientAddress(request.headers)}`;

  const until = await lockedUntil([accountKey, addressKey]);
  if (until) throw new Throttled(Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000)));

  const user = await findUserByEmail(email);
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : (await burnVerifyTime(parsed.data.password), false);
  if (!user || !ok) {
    await recordFailure(accountKey, ACCOUNT_POLICY);
    await recordFailure(addressKey, ADDRESS_POLICY);
    throw new InvalidCredentials();
  }
  await clearFailures(accountKey);
  return { id: user.id, email: user.email, name: user.name };
}

/** The sentence a person sees for a sign-in error code. */
export function signInErrorMessage(code: string | undefined): string {
  const throttled = code?.match(/^throttled:(\d+)$/);
  if (throttled) {
    return `Too many failed sign-ins. For your safety, sign-in is paused for ${throttled[1]} minute${throttled[1] === "1" ? "" : "s"}.`;
  }
  return "That email and password do not match an account.";
}
