// The processes bench/speed.ts measures, each in a process group of its own so its CPU time can
// be read apart: one Images API emulator (0 latency) that both apps call, the baseline
// playground (bench/playground/) and Fresco's built app (`next start`, the provider being that
// emulator through OPENAI_BASE_URL, so the emulator's work is charged to neither app).
// FRESCO_BENCH_TREE runs another built copy of Fresco (e.g. the code before a change).
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export interface Proc {
  pgid: number;
  url: string;
  stop(): void;
}

function launch(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): ChildProcess {
  return spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ["ignore", "ignore", "inherit"], detached: true });
}

async function waitFor(url: string, child: ChildProcess, what: string): Promise<void> {
  const until = Date.now() + 180_000;
  while (!(await fetch(url).then((r) => r.status < 500, () => false))) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`${what} did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

const stopper = (child: ChildProcess) => () => {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};

/** CPU time (user + system, ms) of every live process in a process group, from /proc. */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks * 10; // 100 Hz clock ticks
}

export async function startEmulator(port: number, latencyMs = 0): Promise<Proc> {
  const root = process.cwd();
  const child = launch(path.join(root, "node_modules/.bin/tsx"), ["lib/emulator/cli.ts", "--port", String(port), "--latency", String(latencyMs), "--quiet"], { cwd: root });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/v1/models`, child, "the emulator");
  return { pgid: child.pid!, url: `${url}/v1`, stop: stopper(child) };
}

export async function startPlayground(port: number, provider: string): Promise<Proc> {
  const root = process.cwd();
  const child = launch(path.join(root, "node_modules/.bin/tsx"), ["bench/playground/server.ts", "--port", String(port), "--provider", provider], { cwd: root });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url, child, "the playground");
  return { pgid: child.pid!, url, stop: stopper(child) };
}

/** Fresco's built app on `port` with a fresh database in `dataDir` (the build must be current). */
export async function startFresco(port: number, provider: string, dataDir: string, tree = process.env.FRESCO_BENCH_TREE ?? process.cwd()): Promise<Proc> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env: Record<string, string | undefined> = {
    FRESCO_DATA_DIR: dataDir,
    DATABASE_URL: "",
    OPENAI_API_KEY: "bench-key",
    OPENAI_BASE_URL: provider,
    FRESCO_RATE_LIMIT_PER_MINUTE: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const k of Object.keys(process.env)) if (/^(AUTH_|EMAIL_)/.test(k)) env[k] = "";
  execFileSync(path.join(tree, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: tree, env: { ...process.env, ...env }, stdio: "ignore" });
  // FRESCO_BENCH_PROFILE=<dir>: a V8 CPU profile of the server, written when it stops.
  const profile = process.env.FRESCO_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.FRESCO_BENCH_PROFILE}`] : [];
  const child = launch(process.execPath, [...profile, path.join(tree, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], { cwd: tree, env });
  const url = `http://localhost:${port}`;
  await waitFor(`${url}/sign-in`, child, "Fresco");
  return { pgid: child.pid!, url, stop: stopper(child) };
}
