// Whole-system figures on a fresh clone of this repository: `npm install && npm start` until
// the studio answers, and the wall time of `npm test`.
import { execSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fmtMs } from "./stats";

function freshClone(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-clone-"));
  execSync(`git clone -q ${JSON.stringify(process.cwd())} ${JSON.stringify(dir)}`);
  return dir;
}

async function waitForPage(url: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${deadlineMs / 1000} s`);
}

export async function benchFirstStart(): Promise<void> {
  const dir = freshClone();
  const port = "3277";
  const env = { ...process.env, PORT: port, FRESCO_EMULATOR_PORT: "4277", OPENAI_API_KEY: "" };
  const started = Date.now();
  execSync("npm install --no-audit --no-fund", { cwd: dir, env, stdio: "ignore" });
  const installed = Date.now();
  const server = spawn("npm", ["start"], { cwd: dir, env, stdio: "ignore", detached: true });
  try {
    await waitForPage(`http://localhost:${port}/studio`, 300_000);
    const answered = Date.now();
    console.log(`\nFirst start on a fresh clone (npm install && npm start until /studio answers):`);
    console.log(`  total ${fmtMs(answered - started)}  (npm install ${fmtMs(installed - started)}, migrate + build + start ${fmtMs(answered - installed)})`);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTestTime(): Promise<void> {
  const dir = freshClone();
  execSync("npm ci --no-audit --no-fund", { cwd: dir, stdio: "ignore" });
  const started = Date.now();
  // Its own ports, so a test run elsewhere on the machine does not collide with this one.
  const env = { ...process.env, E2E_PORT: "3288", E2E_RELAY_PORT: "3289", E2E_EMULATOR_PORT: "4288" };
  const result = spawnSync("npm", ["test"], { cwd: dir, env, encoding: "utf8" });
  const total = (result.stdout ?? "").split("\n").filter((l) => /^\d+ passed, \d+ failed$/.test(l)).pop() ?? "no total line";
  console.log(`\nnpm test wall time on a fresh clone (after npm ci): ${fmtMs(Date.now() - started)} — ${total}`);
  if (result.status !== 0) console.log((result.stdout ?? "").split("\n").filter((l) => /✘|FAILED|Error:/.test(l)).slice(0, 10).join("\n"));
  rmSync(dir, { recursive: true, force: true });
}
