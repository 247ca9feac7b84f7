// `npm run emulator`: the emulator as a standalone process for demos and end-to-end tests.
// Flags win over env: --port (FRESCO_EMULATOR_PORT, 4010), --host (FRESCO_EMULATOR_HOST,
// 127.0.0.1), --latency ms per image (FRESCO_EMULATOR_LATENCY_MS, 1500), --key
// (FRESCO_EMULATOR_API_KEY, any), --quiet (no per-request log).
import { parseArgs } from "node:util";
import { startEmulator } from "./index";
import { latencyFromEnv } from "./latency";

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`[emulator] --${name} must be a non-negative integer, got '${value}'`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      host: { type: "string" },
      latency: { type: "string" },
      key: { type: "string" },
      quiet: { type: "boolean", default: false },
    },
  });
  const env = process.env;
  const emulator = await startEmulator({
    port: number(values.port, "port") ?? number(env.FRESCO_EMULATOR_PORT, "port") ?? 4010,
    host: values.host ?? env.FRESCO_EMULATOR_HOST ?? "127.0.0.1",
    // Demos want to see progress, so the standalone default is a realistic pause.
    latencyMs: number(values.latency, "latency") ?? latencyFromEnv() ?? 1500,
    apiKey: values.key ?? (env.FRESCO_EMULATOR_API_KEY || undefined),
    log: !values.quiet,
  });
  console.log(`[emulator] OpenAI Images API emulator on ${emulator.baseURL}`);

  const stop = (signal: string) => {
    console.log(`[emulator] ${signal}: closing`);
    emulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error("[emulator] close failed:", err);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error("[emulator] failed to start:", err);
  process.exit(1);
});
