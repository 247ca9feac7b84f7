#!/usr/bin/env node
// `npm start`: migrate the database (the embedded SQLite file, or PostgreSQL when DATABASE_URL
// names one: prisma.config.ts picks its migrations), build when the sources changed since the last
// build, then serve on PORT (default 3000). With no OPENAI_API_KEY the server starts the
// offline emulator itself. `--dev` runs the dev server instead of a production build.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const dev = process.argv.includes("--dev");
// NEXT_MANUAL_SIG_HANDLE: on SIGTERM the app stops gracefully itself (lib/shutdown.ts) instead
// of Next.js exiting at once.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "1" };
const port = env.PORT ?? "3000";

function run(cmd, args, label) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`\n[fresco] ${label} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`[fresco] ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Newest modification time among the files a production build depends on. */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== "generated" && entry !== "node_modules") visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ["app", "components", "lib", "public", "next.config.mjs", "tailwind.config.ts", "package-lock.json", "instrumentation.ts", "proxy.ts"]) {
    if (existsSync(path.join(root, p))) visit(path.join(root, p));
  }
  return newest;
}

mkdirSync(path.resolve(root, env.FRESCO_DATA_DIR ?? "data"), { recursive: true });
run(bin("prisma"), ["migrate", "deploy"], /^postgres(ql)?:\/\//i.test(env.DATABASE_URL ?? "") ? "database migration (PostgreSQL)" : "database migration");

if (!dev) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < newestSource()) run(bin("next"), ["build"], "build");
  else console.log("[fresco] build is up to date");
}

console.log(`[fresco] serving http://localhost:${port}`);
const server = spawn(bin("next"), [dev ? "dev" : "start", "-p", port], { cwd: root, env, stdio: "inherit" });
// Forward stop signals so `next-server` does not outlive us.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
