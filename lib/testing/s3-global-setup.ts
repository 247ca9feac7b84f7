// Once per `vitest run` with FRESCO_TEST_S3=1: one S3-compatible server (s3rver) for the whole
// run; each test file makes a bucket of its own on it (lib/testing/s3-setup.ts), so the whole
// suite runs on the S3 store as well as on the folder.
import type { TestProject } from "vitest/node";
import { startS3TestServer } from "../../scripts/s3-test-server.mjs";

export default async function setup(project: TestProject) {
  if (process.env.FRESCO_TEST_S3 !== "1") return;
  const server = await startS3TestServer();
  project.provide("s3Endpoint", server.endpoint);
  return () => server.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's S3 test server, when FRESCO_TEST_S3=1. */
    s3Endpoint?: string;
  }
}
