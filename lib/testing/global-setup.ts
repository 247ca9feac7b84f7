// Once per `vitest run`: a migrated database that each test file copies for itself
// (lib/testing/setup.ts), so tests use the real schema without paying for a migration each.
// SQLite by default (a file); PostgreSQL when FRESCO_TEST_POSTGRES_URL is set (a template
// database, copied with CREATE DATABASE … TEMPLATE).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createMigratedDatabase, dropDatabasesStartingWith, testDatabaseName, testPostgresUrl } from "../../scripts/pg-test-db.mjs";

export default async function setup(project: TestProject) {
  const postgres = testPostgresUrl();
  if (postgres) {
    // fresco_pg_<run>_…: the template and every test file's copy, dropped together at the end.
    const run = testDatabaseName("run");
    await createMigratedDatabase(postgres, `${run}_template`);
    project.provide("dbTemplate", `${run}_template`);
    return () => dropDatabasesStartingWith(postgres, `${run}_`);
  }
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
    /** The SQLite file to copy, or (on PostgreSQL) the template database's name: fresco_pg_<run>_template. */
    dbTemplate: string;
  }
}
