// Fresco's own retry policy for provider calls. The SDK's is off (maxRetries: 0) because it
// also retries timeouts, and a generation that timed out may already have been billed.
import { systemClock, type Clock } from "@/lib/ports/clock";
import { canceled, toProviderError, type ProviderError, type ProviderErrorCode } from "./errors";

export const MAX_RETRIES = 2;
/** A longer retry-after is not worth holding a request open for: the user is told when to retry. */
export const MAX_RETRY_AFTER_SECONDS = 60;
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

// Failures where the provider did not make the image, so trying again cannot bill twice.
const RETRYABLE: ReadonlySet<ProviderErrorCode> = new Set(["connection", "rate_limited", "server_error"]);

const final = new WeakSet<ProviderError>();

/**
 * Marks a failure that came after the provider accepted the request (a broken stream, an
 * unreadable image): the call may have been billed, so it must not be sent again.
 */
export function notRetryable(err: ProviderError): ProviderError {
  final.add(err);
  return err;
}

export function isRetryable(err: ProviderError): boolean {
  if (final.has(err) || !RETRYABLE.has(err.code)) return false;
  return err.retryAfterSeconds === undefined || err.retryAfterSeconds <= MAX_RETRY_AFTER_SECONDS;
}

/** The provider's retry-after when it sent one; else 0.5 s × 2^n, capped, minus up to 25 % jitter. */
export function retryDelayMs(err: ProviderError, retryIndex: number, random: () => number = Math.random): number {
  if (err.retryAfterSeconds !== undefined) return Math.round(err.retryAfterSeconds * 1000);
  const backoff = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retryIndex);
  return Math.round(backoff * (1 - 0.25 * random()));
}

export interface RetryOptions {
  signal?: AbortSignal;
  maxRetries?: number;
  /** The waits between attempts (a test's fake clock records them instead of waiting). */
  sleep?: Clock["sleep"];
  random?: () => number;
  onRetry?: (info: { retry: number; delayMs: number; error: ProviderError }) => void;
}

/**
 * Runs `attempt` until it succeeds, fails for good, or has been retried `maxRetries` times.
 * Failures are thrown as ProviderError carrying the number of retries made.
 */
export async function withRetry<T>(
  attempt: (index: number) => Promise<T>,
  opts: RetryOptions = {},
): Promise<{ value: T; retries: number }> {
  const { signal, maxRetries = MAX_RETRIES, sleep = systemClock.sleep, random = Math.random } = opts;
  for (let retries = 0; ; retries++) {
    if (signal?.aborted) throw Object.assign(canceled(signal.reason), { retries });
    try {
      return { value: await attempt(retries), retries };
    } catch (raw) {
      const error = signal?.aborted ? canceled(raw) : toProviderError(raw);
      error.retries = retries;
      if (retries >= maxRetries || !isRetryable(error)) throw error;
      const delayMs = retryDelayMs(error, retries, random);
      opts.onRetry?.({ retry: retries + 1, delayMs, error });
      try {
        await sleep(delayMs, signal);
      } catch (reason) {
        throw Object.assign(canceled(reason), { retries });
      }
    }
  }
}
