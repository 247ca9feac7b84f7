// Sleeps that stop early when the client goes away, so a closed connection frees its work.

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}

/** FRESCO_EMULATOR_LATENCY_MS, if set to a non-negative number. */
export function latencyFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.FRESCO_EMULATOR_LATENCY_MS;
  if (raw === undefined || raw.trim() === "") return undefined;
  const ms = Number(raw);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

const LATENCY_MARKER = /\[latency:(\d{1,6})\]/i;

/**
 * The time per image for one request: `[latency:MS]` in the prompt overrides the configured
 * latency, so a test or a demo can slow down (or speed up) a single request.
 */
export function latencyFor(prompt: string, configured: number): number {
  const match = LATENCY_MARKER.exec(prompt);
  return match ? Number(match[1]) : configured;
}
