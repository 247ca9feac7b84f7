import { describe, expect, it, vi } from "vitest";
import { fakeClock } from "@/lib/testing/fake-clock";
import { ProviderError, type ProviderErrorCode } from "./errors";
import { isRetryable, notRetryable, retryDelayMs, withRetry } from "./retry";

const fail = (code: ProviderErrorCode, extra: Partial<ConstructorParameters<typeof ProviderError>[0]> = {}) =>
  new ProviderError({ code, message: code, ...extra });

/** Records requested delays instead of waiting. */
function fakeSleep() {
  const clock = fakeClock();
  return { delays: clock.waits, sleep: clock.sleep };
}

describe("withRetry", () => {
  it("retries a 5xx twice, then reports the failure with retries = 2", async () => {
    const { delays, sleep } = fakeSleep();
    const attempt = vi.fn(async () => {
      throw fail("server_error");
    });
    const error = await withRetry(attempt, { sleep, random: () => 0 }).catch((e) => e);
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(error).toMatchObject({ code: "server_error", retries: 2 });
    expect(delays).toEqual([500, 1000]);
  });

  it("returns the value and how many retries it took", async () => {
    const { delays, sleep } = fakeSleep();
    let calls = 0;
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw fail("rate_limited", { retryAfterSeconds: 1 });
        return "image";
      },
      { sleep },
    );
    expect(result).toEqual({ value: "image", retries: 2 });
    expect(delays).toEqual([1000, 1000]); // the provider's retry-after, not the backoff
  });

  it("never retries a timeout, a quota error or a refused prompt", async () => {
    for (const code of ["timeout", "quota", "moderation_blocked", "invalid_request", "bad_response"] as const) {
      const attempt = vi.fn(async () => {
        throw fail(code);
      });
      await expect(withRetry(attempt, { sleep: fakeSleep().sleep })).rejects.toMatchObject({ code, retries: 0 });
      expect(attempt).toHaveBeenCalledTimes(1);
    }
  });

  it("does not retry a failure marked as after the response", async () => {
    const attempt = vi.fn(async () => {
      throw notRetryable(fail("server_error"));
    });
    await expect(withRetry(attempt, { sleep: fakeSleep().sleep })).rejects.toMatchObject({ code: "server_error" });
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it("stops waiting and reports canceled when the signal aborts during backoff", async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const attempt = vi.fn(async () => {
        throw fail("connection");
      });
      const pending = withRetry(attempt, { signal: controller.signal, random: () => 0 }).catch((e) => e);
      await vi.advanceTimersByTimeAsync(100);
      controller.abort();
      const error = await pending;
      expect(error).toMatchObject({ code: "canceled", retries: 0 });
      expect(attempt).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits the real backoff with timers when no sleep is injected", async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      const pending = withRetry(async () => {
        if (++calls === 1) throw fail("connection");
        return calls;
      }, { random: () => 0 });
      await vi.advanceTimersByTimeAsync(499);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(pending).resolves.toEqual({ value: 2, retries: 1 });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("retry timing", () => {
  it("obeys retry-after, and gives up when it exceeds 60 s", () => {
    expect(retryDelayMs(fail("rate_limited", { retryAfterSeconds: 1.5 }), 0)).toBe(1500);
    expect(isRetryable(fail("rate_limited", { retryAfterSeconds: 60 }))).toBe(true);
    expect(isRetryable(fail("rate_limited", { retryAfterSeconds: 61 }))).toBe(false);
  });

  it("backs off 0.5 s × 2^n with up to 25 % jitter, capped at 8 s", () => {
    expect(retryDelayMs(fail("server_error"), 1, () => 0)).toBe(1000);
    expect(retryDelayMs(fail("server_error"), 1, () => 1)).toBe(750);
    expect(retryDelayMs(fail("server_error"), 10, () => 0)).toBe(8000);
  });
});
