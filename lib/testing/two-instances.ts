// Two real app instances (`next start` of a built app) on two ports, sharing one PostgreSQL
// database and one data folder (the auth secret, the blobs), each with its own offline
// emulator: the harness of app/two-instances.test.ts. Only 127.0.0.1, and every wait is bounded.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface Instance {
  port: number;
  url: string;
  /** Its id in the Instance table, once it is ready. */
  id: string;
  process: ChildProcess;
  log: string[];
}

/** The built app the instances run: FRESCO_TWO_INSTANCES_APP, else this repository. */
export function appDir(): string {
  return process.env.FRESCO_TWO_INSTANCES_APP ?? path.resolve(__dirname, "../..");
}

export function isBuilt(dir = appDir()): boolean {
  return existsSync(path.join(dir, ".next", "BUILD_ID"));
}

/** Applies the PostgreSQL migrations to `databaseUrl` (as `npm start` does). */
export function migrate(databaseUrl: string): void {
  const dir = appDir();
  const result = spawnSync(path.join(dir, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: dir,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts one instance and resolves once /api/ready says 200 (within two minutes). */
export async function startInstance(opts: { port: number; emulatorPort: number; env: Record<string, string> }): Promise<Omit<Instance, "id">> {
  const dir = appDir();
  const log: string[] = [];
  const child = spawn(path.join(dir, "node_modules", ".bin", "next"), ["start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: {
      ...cleanEnv(),
      ...opts.env,
      PORT: String(opts.port),
      FRESCO_EMULATOR_PORT: String(opts.emulatorPort),
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "1",
    } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout!, child.stderr!]) stream.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const url = `http://127.0.0.1:${opts.port}`;
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the instance on ${opts.port} exited:\n${log.join("")}`);
    const ok = await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ok) return { port: opts.port, url, process: child, log };
    if (Date.now() > until) {
      child.kill("SIGKILL"); // never left running behind a failed start
      throw new Error(`the instance on ${opts.port} never became ready:\n${log.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops an instance: SIGKILL stands for a crash (nothing is handed back), SIGTERM for a clean stop. */
export async function stop(instance: Pick<Instance, "process">, signal: NodeJS.Signals): Promise<void> {
  const child = instance.process;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill(signal);
  await exited;
}

/** The id of a server action in the build, by its exported name (how a browser calls it). */
export function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(appDir(), ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`no server action named ${name} in the build`);
  return found[0];
}

/** The environment without the test runner's database and provider settings. */
function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(AUTH_|EMAIL_|OPENAI_|FRESCO_|DATABASE_URL$|VITEST|NODE_ENV$)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}

/** The params of a small generation (the emulator's cheapest), optionally streamed with one partial image. */
export function smallParams(prompt: string, stream = false) {
  return {
    model: "gpt-image-1-mini", prompt, n: 1, size: "1024x1024", quality: "low", background: "auto", moderation: "auto",
    output_format: "png", stream, partial_images: stream ? 1 : 0,
  };
}

/** createGenerationAction through one instance, as the studio calls it: the new id, or the refusal's sentence. */
export async function submitThrough(via: Pick<Instance, "url">, cookie: string, params: object): Promise<{ id?: string; refusal?: string }> {
  const res = await fetch(`${via.url}/studio`, {
    method: "POST",
    headers: { "next-action": actionId("createGenerationAction"), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: via.url, cookie },
    body: JSON.stringify([{ params, idempotencyKey: crypto.randomUUID() }]),
  });
  const text = await res.text();
  const refusal = /"serverError":"([^"]+)"/.exec(text)?.[1];
  const id = /"generation":\{"id":"([^"]+)"/.exec(text)?.[1];
  if (!id && !refusal) throw new Error(`unexpected answer ${res.status}: ${text.slice(0, 500)}`);
  return { id, refusal };
}
