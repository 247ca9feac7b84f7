// Cold reads from each blob store, as the image route does them when a file is not in memory
// yet: open() and the whole stream read, 8 at a time, for 4 s, of 300 distinct 22 KB files (a
// thumbnail's size). The folder against a bucket on s3rver (a JavaScript S3 server on the same
// cores, so a floor for S3, not a figure for AWS).  npx tsx bench/blob-stores.mts
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { localBlobStore } from "@/lib/adapters/local-blob-store";
import { s3BlobStore } from "@/lib/adapters/s3-blob-store";
import { keyFor, sha256Hex } from "@/lib/ports/blob-keys";
import type { BlobStore } from "@/lib/ports/blob-store";
import { S3_TEST_CREDENTIALS, startS3TestServer } from "../scripts/s3-test-server.mjs";

Object.assign(process.env, S3_TEST_CREDENTIALS, { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
const files = Array.from({ length: 300 }, () => randomBytes(22 * 1024));
const keys = files.map((f) => keyFor(sha256Hex(f), "webp"));

async function measure(name: string, store: BlobStore) {
  await Promise.all(files.map((f, i) => store.put(keys[i]!, f)));
  const times: number[] = [];
  const until = performance.now() + 4000;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const body = await store.open(keys[next++ % keys.length]!);
      await new Response(body!.stream).arrayBuffer();
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  times.sort((a, b) => a - b);
  const perSecond = times.length / ((performance.now() - started) / 1000);
  console.log(`${name.padEnd(8)} ${perSecond.toFixed(0).padStart(6)} reads/s   p50 ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms   p95 ${times[Math.ceil(times.length * 0.95) - 1]!.toFixed(1)} ms`);
}

console.log(`cold 22 KB reads, 8 at a time — load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
await measure("folder", localBlobStore(mkdtempSync(path.join(os.tmpdir(), "fresco-bench-blobs-"))));
const s3 = await startS3TestServer({ buckets: ["bench"] });
await measure("s3rver", s3BlobStore({ bucket: "bench", prefix: "", endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true }));
await s3.close();
