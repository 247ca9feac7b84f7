// One Fresco server for the flat-cost benchmark: a migrated, seeded data folder of its own, the
// built app started with `next start` on a port of its own, a signed-in cookie for the seeded
// owner, and its stop (the whole process group: npm's node → next-server).
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { authSecret, sessionCookie } from "../e2e/fixtures/session-cookie";
import { seedFresco, type SeededFresco } from "./seed-fresco";

export interface FlatServer {
  url: string;
  cookie: string;
  seeded: SeededFresco;
  dataDir: string;
  seedMs: number;
  stop(): Promise<void>;
}

/** `appDir`: a folder with a production build (`next build`) and node_modules. */
export async function startFlatServer(opts: { appDir: string; dataDir: string; generations: number; port: number }): Promise<FlatServer> {
  rmSync(opts.dataDir, { recursive: true, force: true });
  mkdirSync(opts.dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, FRESCO_DATA_DIR: opts.dataDir, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.DATABASE_URL; // the seeded SQLite file, offline: the emulator answers
  delete env.OPENAI_API_KEY;
  execFileSync(path.join(opts.appDir, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: opts.appDir, env, stdio: "ignore" });
  const t0 = performance.now();
  const seeded = await seedFresco({ dataDir: opts.dataDir, generations: opts.generations });
  const seedMs = performance.now() - t0;

  const child = spawn(path.join(opts.appDir, "node_modules/.bin/next"), ["start", "-p", String(opts.port)], {
    cwd: opts.appDir,
    env: { ...env, FRESCO_EMULATOR_PORT: String(opts.port + 1), FRESCO_EMULATOR_LATENCY_MS: "0" },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  // The boot's background work (lib/boot.ts: the blob check reads every key) is not what is
  // measured: wait for its line before the first request is timed.
  let log = "";
  child.stdout!.on("data", (chunk: Buffer) => void (log += chunk.toString()));
  const url = `http://127.0.0.1:${opts.port}`;
  const until = Date.now() + 180_000;
  while (!(await fetch(`${url}/sign-in`).then((r) => r.ok, () => false)) || !log.includes("[fresco] blob check")) {
    if (Date.now() > until || child.exitCode !== null) throw new Error(`the app did not start on ${url}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const owner = seeded.people[0]!;
  const c = await sessionCookie({ secret: authSecret(opts.dataDir), baseURL: url, sessionToken: owner.sessionToken, expires: owner.expires, user: { id: owner.userId, name: owner.name, email: owner.email } });
  return {
    url,
    cookie: `${c.name}=${c.value}`,
    seeded,
    dataDir: opts.dataDir,
    seedMs,
    async stop() {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 800));
    },
  };
}
