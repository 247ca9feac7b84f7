// Starts the built app for a browser benchmark, like the e2e tests do: a fresh data folder,
// its own ports, the in-process emulator at the latency asked for. Stops it afterwards.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BenchServer {
  url: string;
  /** The process group of the server (npm → node → next-server). */
  pid: number;
  emulatorUrl: string;
  stop(): Promise<void>;
}

export async function startBenchServer(opts: { port: number; emulatorPort: number; latencyMs: number; dataDir?: string }): Promise<BenchServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "fresco-bench-app-"));
  const child: ChildProcess = spawn(process.execPath, ["scripts/e2e-server.mjs"], {
    env: {
      ...process.env,
      E2E_PORT: String(opts.port),
      E2E_EMULATOR_PORT: String(opts.emulatorPort),
      E2E_EMULATOR_LATENCY_MS: String(opts.latencyMs),
      E2E_DATA_DIR: dataDir,
      // A benchmark sends more generations in a minute than the per-person limit allows.
      FRESCO_RATE_LIMIT_PER_MINUTE: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://localhost:${opts.port}`;
  const until = Date.now() + 300_000;
  while (!(await fetch(`${url}/sign-in`).then((r) => r.ok, () => false))) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`the app did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    pid: child.pid!,
    emulatorUrl: `http://127.0.0.1:${opts.emulatorPort}`,
    async stop() {
      // The server runs as a process group (npm → node → next-server): end all of it.
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
