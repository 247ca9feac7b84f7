// Shared by the e2e server script and the tests. No imports and no import.meta here:
// Playwright's loader reads this file as CommonJS.

// A canary provider key: the relay-mode server uses it, and no browser may ever see it.
export const RELAY_KEY = "sk-fresco-e2e-canary-7c1f0b9e2d";

/**
 * The data folder (SQLite database, auth secret, blobs) of the offline or the relay e2e server,
 * under the repository at `root`. The server starts it empty; the tests' fixtures seed people
 * straight into it.
 */
export function e2eDataDir(root, relay) {
  return process.env.E2E_DATA_DIR ?? `${root}/e2e/${relay ? ".data-relay" : ".data"}`;
}

/** The port of the recording proxy between the relay server and its provider (the emulator). */
export function relayProxyPort() {
  return process.env.E2E_PROXY_PORT ?? "4111";
}

/** The recording proxy's log: every exchange between the relay server and its provider. */
export function e2eWireLog(root) {
  return `${root}/e2e/.wire/relay.jsonl`;
}

/** The port of the offline or the relay e2e server. */
export function e2eServerPort(relay) {
  return relay ? (process.env.E2E_RELAY_PORT ?? "3101") : (process.env.E2E_PORT ?? "3100");
}

/**
 * On a PostgreSQL run (FRESCO_TEST_POSTGRES_URL set), the database of the e2e server on `port`:
 * made empty by scripts/e2e-server.mjs at each start, named for the port so the tests find it.
 * Undefined on SQLite runs.
 */
export function e2eDatabaseUrl(port) {
  const admin = process.env.FRESCO_TEST_POSTGRES_URL;
  if (!admin) return undefined;
  const url = new URL(admin);
  url.pathname = `/fresco_pg_e2e_${port}`;
  return url.toString();
}
