// Before each test file: its own copy of the migrated database and its own data folder.
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "fresco-test-"));
copyFileSync(inject("dbTemplate"), path.join(dir, "fresco.db"));
process.env.FRESCO_DATA_DIR = dir;
delete process.env.DATABASE_URL;
delete process.env.OPENAI_API_KEY;
