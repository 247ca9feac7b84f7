// Before each test file: its own copy of the migrated database and its own data folder.
// On PostgreSQL (FRESCO_TEST_POSTGRES_URL) the copy is a database of its own, dropped after the file.
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { copyDatabase, databaseUrlFor, dropDatabase, testDatabaseName, testPostgresUrl } from "../../scripts/pg-test-db.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-test-"));
process.env.FRESCO_DATA_DIR = dir;
delete process.env.DATABASE_URL;
delete process.env.OPENAI_API_KEY;

const postgres = testPostgresUrl();
if (postgres) {
  const name = testDatabaseName("file");
  await copyDatabase(postgres, inject("dbTemplate"), name);
  process.env.DATABASE_URL = databaseUrlFor(postgres, name);
  afterAll(() => dropDatabase(postgres, name));
} else {
  copyFileSync(inject("dbTemplate"), path.join(dir, "fresco.db"));
}
