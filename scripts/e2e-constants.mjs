// Shared by the e2e server script and the tests.
// A canary provider key: the relay-mode server uses it, and no browser may ever see it.
export const RELAY_KEY = "sk-fresco-e2e-canary-7c1f0b9e2d";
