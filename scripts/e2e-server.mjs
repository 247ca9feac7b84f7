#!/usr/bin/env node
// The app as the end-to-end tests see it: a fresh data folder every run, its own ports, and
// the emulator answering at once. Refuses anything but a local SQLite file.
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, "e2e", ".data");
if (process.env.DATABASE_URL && !process.env.DATABASE_URL.startsWith("file:")) {
  console.error("e2e refuses to run against a non-local database: unset DATABASE_URL.");
  process.exit(1);
}
delete process.env.DATABASE_URL;
delete process.env.OPENAI_API_KEY;
delete process.env.OPENAI_BASE_URL;
rmSync(dataDir, { recursive: true, force: true });
Object.assign(process.env, {
  FRESCO_DATA_DIR: dataDir,
  PORT: process.env.E2E_PORT ?? "3100",
  FRESCO_EMULATOR_PORT: process.env.E2E_EMULATOR_PORT ?? "4110",
  FRESCO_EMULATOR_LATENCY_MS: "150",
});
await import("./start.mjs");
