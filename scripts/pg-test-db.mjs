// Throwaway PostgreSQL databases for the test runs (vitest and e2e), made through the URL in
// FRESCO_TEST_POSTGRES_URL (a role that may CREATE DATABASE). One migrated template per run;
// every test file gets `CREATE DATABASE … TEMPLATE …`, a copy that takes a fraction of a second.
// They are all dropped together when the run ends: each DROP DATABASE waits for a checkpoint
// (seconds on a busy machine), and drops made at once share one. Names start with fresco_pg_.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The test server's URL, or undefined when the PostgreSQL runs are off. */
export function testPostgresUrl() {
  return process.env.FRESCO_TEST_POSTGRES_URL || undefined;
}

/** `url` with its database replaced by `database`. */
export function databaseUrlFor(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh name with the test prefix: fresco_pg_<what>_<random>. */
export function testDatabaseName(what) {
  return `fresco_pg_${what}_${randomBytes(4).toString("hex")}`;
}

/** Drops every database whose name starts with `prefix` (a run's), all at once. */
export async function dropDatabasesStartingWith(url, prefix) {
  if (!prefix.startsWith("fresco_pg_")) throw new Error(`not a test database prefix: ${prefix}`);
  const names = (await admin(url, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix])).map((row) => row.datname);
  // Eight at a time: each drop holds a connection, and the server has a hundred for everyone.
  for (let i = 0; i < names.length; i += 8) await Promise.all(names.slice(i, i + 8).map((name) => dropDatabase(url, name)));
}

async function admin(url, sql, values) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const quoted = (name) => {
  if (!/^fresco_pg_[a-z0-9_]+$/.test(name)) throw new Error(`not a test database name: ${name}`);
  return `"${name}"`;
};

/** Creates an empty database and applies every PostgreSQL migration (prisma migrate deploy). */
export async function createMigratedDatabase(url, name) {
  await admin(url, `CREATE DATABASE ${quoted(name)}`);
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrlFor(url, name) },
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** A copy of `template` named `name`. Retried briefly: a copy fails while anyone is connected to the template. */
export async function copyDatabase(url, template, name) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await admin(url, `CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(template)}`);
    } catch (error) {
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
    }
  }
}

/** An empty database named `name`, dropping any left from an earlier run. */
export async function recreateDatabase(url, name) {
  await dropDatabase(url, name);
  await admin(url, `CREATE DATABASE ${quoted(name)}`);
}

/** Drops a test database, closing whatever connections it still has. */
export async function dropDatabase(url, name) {
  await admin(url, `DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`);
}
