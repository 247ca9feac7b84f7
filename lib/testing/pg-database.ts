// A PostgreSQL database of a test file's own, for the adapters' tests: made from
// FRESCO_TEST_POSTGRES_URL (a superuser's address) and dropped at the end. Without that
// variable the tests that need it are skipped with a sentence saying so.
import { randomBytes } from "node:crypto";
import { Client } from "pg";

export const TEST_POSTGRES_URL = process.env.FRESCO_TEST_POSTGRES_URL;
export const SKIP_POSTGRES = TEST_POSTGRES_URL
  ? false
  : "FRESCO_TEST_POSTGRES_URL is not set: the PostgreSQL adapter tests are skipped (set it to a superuser's postgresql:// address to run them)";

/** Creates `fresco_multi_<prefix>_<random>` and returns its address and a drop. */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fresco_multi_${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
