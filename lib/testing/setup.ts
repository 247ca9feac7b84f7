// Before each test file: its own copy of the migrated database and its own data folder.
// On PostgreSQL (FRESCO_TEST_POSTGRES_URL) the copy is a database of its own, dropped with the
// run's others when the run ends (lib/testing/global-setup.ts).
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { copyDatabase, databaseUrlFor, testPostgresUrl } from "../../scripts/pg-test-db.mjs";

const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-test-"));
process.env.FRESCO_DATA_DIR = dir;
delete process.env.DATABASE_URL;
delete process.env.OPENAI_API_KEY;

const postgres = testPostgresUrl();
if (postgres) {
  const template = inject("dbTemplate");
  const name = `${template.replace(/_template$/, "")}_${randomBytes(4).toString("hex")}`;
  await copyDatabase(postgres, template, name);
  process.env.DATABASE_URL = databaseUrlFor(postgres, name);
  // A test file needs few connections; the server's hundred are shared by every worker and run.
  process.env.FRESCO_DB_POOL_SIZE ??= "3";
} else {
  copyFileSync(inject("dbTemplate"), path.join(dir, "fresco.db"));
}
