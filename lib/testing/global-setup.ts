// Once per `vitest run`: a migrated SQLite database that each test file copies for itself
// (lib/testing/setup.ts), so tests use the real schema without paying for a migration each.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-test-template-"));
  execFileSync(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
    env: { ...process.env, FRESCO_DATA_DIR: dir, DATABASE_URL: "" },
    stdio: "ignore",
  });
  project.provide("dbTemplate", path.join(dir, "fresco.db"));
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
  }
}
