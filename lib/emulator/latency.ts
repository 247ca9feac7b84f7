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
