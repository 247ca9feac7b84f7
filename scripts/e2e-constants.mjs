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
