#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests (vitest), end-to-end tests (Playwright with a
// system Chromium). Every step runs even when an earlier one fails, and the run ends with
// one line that totals the unit and end-to-end tests: "N passed, N failed".
// The unit and end-to-end suites run on the default (SQLite + data folder) and, when
// FRESCO_TEST_POSTGRES_URL is set (a PostgreSQL role that may CREATE DATABASE), a second time
// on the team deployment's stack: the environment of that run is built in postgresRunEnv().
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { chromiumPath, playwrightOwnChromium } from "./chromium-path.mjs";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const results = path.join(root, "test-results");
const { FRESCO_TEST_POSTGRES_URL: postgresUrl, ...inherited } = process.env;
// The first run is the default stack whatever the shell holds.
const env = { ...inherited, NEXT_TELEMETRY_DISABLED: "1", FRESCO_TEST_S3: "" };
const problems = [];
/** Every failed test by name, printed again at the end where a log's tail shows it. */
const failures = [];
let passed = 0;
let failed = 0;

function step(label, cmd, args, extraEnv = {}) {
  console.log(`\n━━ ${label} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" });
  console.log(`━━ ${label}: ${r.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) problems.push(label);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const firstLine = (text) => String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "").trim().split("\n")[0].slice(0, 300);

/** "file:line › title" and the first line of the error of each test Playwright's JSON report counts as unexpected. */
function playwrightFailures(report) {
  const out = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === "unexpected") {
          const last = t.results?.at(-1);
          out.push(`[${t.projectName}] ${spec.file}:${spec.line} › ${spec.title}\n    ${firstLine(last?.error?.message ?? last?.errors?.[0]?.message)}`);
        }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return out;
}

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

step("lint", bin("eslint"), ["--max-warnings", "0", "."]);
step("typecheck", bin("tsc"), ["--noEmit"]);

/**
 * The environment of the second run: PostgreSQL for every database (the vitest harness and the
 * e2e servers make their own fresco_pg_* databases through this URL). Whatever else the team
 * deployment swaps in (object storage, …) adds its variables here.
 */
function postgresRunEnv() {
  // FRESCO_TEST_S3=1: blobs in buckets on an s3rver the harness starts (scripts/s3-test-server.mjs).
  return { FRESCO_TEST_POSTGRES_URL: postgresUrl, FRESCO_TEST_S3: "1" };
}

/** Unit tests then end-to-end tests under `extraEnv`, counted into the totals. */
function suites(name, extraEnv) {
  const suffix = name ? ` (${name})` : "";
  const unitFile = path.join(results, name ? `unit-${name.toLowerCase()}.json` : "unit.json");
  const unitOk = step(`unit tests${suffix}`, bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${unitFile}`], extraEnv);
  const unit = readJson(unitFile);
  if (unit) {
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
    for (const file of unit.testResults ?? [])
      for (const t of file.assertionResults ?? [])
        if (t.status === "failed") failures.push(`unit${suffix}: ${path.relative(root, file.name)} › ${t.fullName}\n    ${firstLine(t.failureMessages?.[0])}`);
  } else if (!unitOk) failed += 1;
  if (!browser) return;
  // playwright.config.ts writes test-results/e2e.json: read before the next run overwrites it.
  const e2eOk = step(`end-to-end tests${suffix}`, bin("playwright"), ["test"], { CHROMIUM_PATH: browser, ...extraEnv });
  const e2e = readJson(path.join(results, "e2e.json"));
  if (e2e?.stats) {
    passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    failed += e2e.stats.unexpected;
    for (const f of playwrightFailures(e2e)) failures.push(`end-to-end${suffix}: ${f}`);
  } else if (!e2eOk) failed += 1;
}

const browser = chromiumPath() ?? (await playwrightOwnChromium());
if (!browser) {
  console.error(
    "\nNo Chromium found for the end-to-end tests. Install one of:\n" +
      "  Debian/Ubuntu:  sudo apt-get install -y chromium\n" +
      "  anywhere with internet:  npx playwright install chromium\n" +
      "or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
  problems.push("end-to-end tests (no Chromium)");
  failed += 1;
} else console.log(`\nUsing Chromium at ${browser}`);

suites("", {});
if (postgresUrl) suites("PostgreSQL", postgresRunEnv());

if (failures.length) console.log(`\nFailed tests:\n${failures.map((f) => `  ${f}`).join("\n")}`);
if (problems.length) console.log(`\nFailed steps: ${problems.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(problems.length || failed ? 1 : 0);
