// Email + password sign-in, throttled per account and per address. Every attempt is counted
// before its password is checked, so parallel guesses get no more checks than sequential ones.
// A wrong password and an unknown email give the same answer in the same time.
import "server-only";
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { clearFailures, refundAttempt, takeAttempt, type ThrottlePolicy } from "@/lib/db/throttle";
import { findUserByEmail, normalizeEmail } from "@/lib/db/users";
import { clientAddress } from "./client-address";
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

const minutesUntil = (until: Date) => Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));

export async function authorizePassword(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = credentialsSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const email = normalizeEmail(parsed.data.email);
  const accountKey = `account:${email}`;
  const addressKey = `ip:${clientAddress(request.headers)}`;

  const address = await takeAttempt(addressKey, ADDRESS_POLICY);
  if (!address.allowed) throw new Throttled(minutesUntil(address.until));
  const account = await takeAttempt(accountKey, ACCOUNT_POLICY);
  if (!account.allowed) {
    await refundAttempt(addressKey, ADDRESS_POLICY); // no password was tried from this address
    throw new Throttled(minutesUntil(account.until));
  }

  const user = await findUserByEmail(email);
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, parsed.data.password)
    : (await burnVerifyTime(parsed.data.password), false);
  if (!user || !ok) throw new InvalidCredentials(); // both attempts stay counted
  await clearFailures(accountKey);
  await refundAttempt(addressKey, ADDRESS_POLICY); // an address pays only for its failures
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
