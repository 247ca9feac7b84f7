import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "proxy.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    globalSetup: ["lib/testing/global-setup.ts", "lib/testing/s3-global-setup.ts"],
    setupFiles: ["lib/testing/setup.ts", "lib/testing/s3-setup.ts"],
    // "server-only" throws outside a React Server bundle; in unit tests the server is the test.
    alias: { "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") },
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses:
    // let Vite resolve it, so tests can sign in through the real Auth.js.
    server: { deps: { inline: ["next-auth"] } },
  },
});
