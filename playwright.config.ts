import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium-path.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const relayPort = Number(process.env.E2E_RELAY_PORT ?? 3101);
const executablePath = chromiumPath();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  projects: [
    { name: "offline", testIgnore: /relay\.spec\.ts/, use: { baseURL: `http://localhost:${port}` } },
    {
      name: "relay",
      testMatch: /relay\.spec\.ts/,
      use: { baseURL: `http://localhost:${relayPort}` },
      // Then everything the relay server sent its provider is held to OpenAI's specification.
      teardown: "relay-wire",
    },
    { name: "relay-wire", testMatch: /wire\.teardown\.ts/ },
  ],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: "node scripts/e2e-server.mjs",
      url: `http://localhost:${port}/sign-in`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "node scripts/e2e-server.mjs --relay",
      url: `http://localhost:${relayPort}/sign-in`,
      timeout: 360_000,
      reuseExistingServer: false,
      stderr: "pipe",
    },
  ],
});
