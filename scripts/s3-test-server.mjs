// An S3-compatible server for tests (s3rver, from npm) on a port of its own, over a temporary
// folder that goes when it closes. The unit tests start one per run (lib/testing/global-setup.ts)
// and give each test file its own bucket; the end-to-end server starts one beside the app
// (scripts/e2e-server.mjs), both when FRESCO_TEST_S3=1; lib/adapters/s3-blob-store.test.ts
// starts its own.
// It runs in a child process because s3rver signs its list continuation tokens with DES, which
// Node's OpenSSL 3 offers only with --openssl-legacy-provider (a flag the tests' own processes
// should not need). The child exits, removing its folder, when its parent goes.
//   node scripts/s3-test-server.mjs [port]   runs one until Ctrl-C (to try the S3 store by hand)
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** s3rver's built-in account: the test server accepts these credentials and no others. */
export const S3_TEST_CREDENTIALS = { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" };

export async function startS3TestServer({ port = 0, buckets = [] } = {}) {
  const directory = mkdtempSync(path.join(os.tmpdir(), "fresco-s3-"));
  const child = spawn(process.execPath, ["--openssl-legacy-provider", fileURLToPath(import.meta.url), "--serve", String(port), directory, ...buckets], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the S3 test server exited (${code}) before it listened`)));
  });
  const endpoint = `http://127.0.0.1:${JSON.parse(line).port}`;
  return {
    endpoint,
    directory,
    /** What the app needs to use a bucket on this server (path style: no DNS for bucket names). */
    env: (bucket) => ({ ...S3_TEST_CREDENTIALS, FRESCO_S3_BUCKET: bucket, FRESCO_S3_ENDPOINT: endpoint, FRESCO_S3_REGION: "us-east-1", FRESCO_S3_FORCE_PATH_STYLE: "true" }),
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function serve([port, directory, ...buckets]) {
  const { default: S3rver } = await import("s3rver");
  const server = new S3rver({ address: "127.0.0.1", port: Number(port), silent: true, directory, configureBuckets: buckets.map((name) => ({ name })) });
  const address = await server.run();
  console.log(JSON.stringify({ port: address.port }));
  // The parent is gone (perhaps killed, so its close() never ran): take the folder along.
  process.stdin.on("end", () => {
    rmSync(directory, { recursive: true, force: true });
    process.exit(0);
  }).resume();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === "--serve") await serve(args.slice(1));
  else {
    const s3 = await startS3TestServer({ port: Number(args[0] ?? 0), buckets: ["fresco"] });
    console.log(`s3rver on ${s3.endpoint} (bucket "fresco", keys S3RVER/S3RVER), folder ${s3.directory}`);
    process.on("SIGINT", () => void s3.close().then(() => process.exit(0)));
  }
}
