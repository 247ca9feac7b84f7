// Synthetic x-ratelimit-* headers from a one-minute window. They are informative only:
// the emulator never limits on its own (use the `429` fault for that).

const WINDOW_MS = 60_000;
const LIMIT_REQUESTS = 500;
const LIMIT_TOKENS = 100_000;

/** The API's duration style: "120ms", "1.5s", "6m0s". */
export function formatReset(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${Number(seconds.toFixed(3))}s`;
  return `${Math.floor(seconds / 60)}m${Math.round(seconds % 60)}s`;
}

export class RateWindow {
  private start = Date.now();
  private requests = 0;
  private tokens = 0;

  private roll(now: number): void {
    if (now - this.start >= WINDOW_MS) {
      this.start = now;
      this.requests = 0;
      this.tokens = 0;
    }
  }

  countRequest(): void {
    this.roll(Date.now());
    this.requests++;
  }

  countTokens(tokens: number): void {
    this.roll(Date.now());
    this.tokens += tokens;
  }

  headers(): Record<string, string> {
    const now = Date.now();
    this.roll(now);
    const reset = formatReset(this.start + WINDOW_MS - now);
    return {
      "x-ratelimit-limit-requests": String(LIMIT_REQUESTS),
      "x-ratelimit-remaining-requests": String(Math.max(0, LIMIT_REQUESTS - this.requests)),
      "x-ratelimit-reset-requests": reset,
      "x-ratelimit-limit-tokens": String(LIMIT_TOKENS),
      "x-ratelimit-remaining-tokens": String(Math.max(0, LIMIT_TOKENS - this.tokens)),
      "x-ratelimit-reset-tokens": reset,
    };
  }
}
