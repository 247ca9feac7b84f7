// The in-process offline emulator, started once per server process on first need.
import "server-only";
import { startEmulator, type RunningEmulator } from "@/lib/emulator";
import { env } from "@/lib/env";

const holder = globalThis as unknown as { frescoEmulator?: Promise<RunningEmulator> };

export function ensureEmulator(): Promise<RunningEmulator> {
  holder.frescoEmulator ??= start();
  return holder.frescoEmulator;
}

async function start(): Promise<RunningEmulator> {
  const { FRESCO_EMULATOR_PORT: port, FRESCO_EMULATOR_LATENCY_MS: latencyMs } = env();
  try {
    return await startEmulator({ port, latencyMs });
  } catch (err) {
    // Another Fresco (or a standalone emulator) holds the port: any free port will do,
    // since only this process needs to reach it.
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    return startEmulator({ port: 0, latencyMs });
  }
}
