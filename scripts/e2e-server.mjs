#!/usr/bin/env node
// The app as the end-to-end tests see it: a fresh data folder every run and its own ports.
//   (default)  offline: no key, the in-process emulator answers at once.
//   --relay    a second server that uses a provider key and a base URL, as with a real relay;
//              its "provider" is the offline server's emulator, reached through a recording
//              proxy (its log is held to OpenAI's specification by e2e/wire.teardown.ts), and
//              its key is a canary that must never reach a browser.
// Refuses a DATABASE_URL: the database is a fresh SQLite file in the data folder, or, when
// FRESCO_TEST_POSTGRES_URL is set, a fresh PostgreSQL database of its own (fresco_pg_e2e_<port>).
// With FRESCO_TEST_S3=1 its blobs go to a bucket on an s3rver of its own.
import { rmSync } from "node:fs";
import path from "node:path";
import { e2eDatabaseUrl, e2eDataDir, e2eServerPort, e2eWireLog, RELAY_KEY, relayProxyPort } from "./e2e-constants.mjs";
import { startRecordingProxy } from "./e2e-recording-proxy.mjs";
import { recreateDatabase } from "./pg-test-db.mjs";
import { startS3TestServer } from "./s3-test-server.mjs";
const root = path.resolve(import.meta.dirname, "..");
const relay = process.argv.includes("--relay");
const offlinePort = process.env.E2E_PORT ?? "3100";
const emulatorPort = process.env.E2E_EMULATOR_PORT ?? "4110";

if (process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith("file:")) {
  console.error("e2e refuses to run against a non-local database: unset DATABASE_URL.");
  process.exit(1);
}
delete process.env.DATABASE_URL;
for (const k of Object.keys(process.env)) if (/^(AUTH_|EMAIL_|OPENAI_)/.test(k)) delete process.env[k];

const dataDir = e2eDataDir(root, relay);
rmSync(dataDir, { recursive: true, force: true });
Object.assign(process.env, { FRESCO_DATA_DIR: dataDir, FRESCO_EMULATOR_LATENCY_MS: process.env.E2E_EMULATOR_LATENCY_MS ?? "150" });
const postgres = e2eDatabaseUrl(e2eServerPort(relay));
if (postgres) {
  // Emptied at each start (a killed server cannot drop it); start.mjs migrates it.
  await recreateDatabase(process.env.FRESCO_TEST_POSTGRES_URL, new URL(postgres).pathname.slice(1));
  process.env.DATABASE_URL = postgres;
}
if (process.env.FRESCO_TEST_S3 === "1") {
  // Blobs in a bucket on an S3 test server of this server's own (it stops when this process does).
  const s3 = await startS3TestServer({ buckets: ["fresco-e2e"] });
  Object.assign(process.env, s3.env("fresco-e2e"), { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
}

if (relay) {
  // Wait for the offline server: it builds the app and runs the emulator this one talks to.
  const until = Date.now() + 300_000;
  while (!(await fetch(`http://localhost:${offlinePort}/sign-in`).then((r) => r.ok, () => false))) {
    if (Date.now() > until) throw new Error("the offline e2e server never came up");
    await new Promise((r) => setTimeout(r, 500));
  }
  await startRecordingProxy({ port: relayProxyPort(), target: `http://127.0.0.1:${emulatorPort}`, log: e2eWireLog(root) });
  Object.assign(process.env, {
    PORT: process.env.E2E_RELAY_PORT ?? "3101",
    OPENAI_API_KEY: RELAY_KEY,
    OPENAI_BASE_URL: `http://127.0.0.1:${relayProxyPort()}/v1`,
  });
} else {
  Object.assign(process.env, { PORT: offlinePort, FRESCO_EMULATOR_PORT: emulatorPort });
}
await import("./start.mjs");
