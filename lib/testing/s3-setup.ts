// Before each test file, when the run is on S3 (lib/testing/s3-global-setup.ts): a bucket of
// its own on the run's server, and the environment that makes the app store blobs there.
import { CreateBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { S3_TEST_CREDENTIALS } from "../../scripts/s3-test-server.mjs";

const endpoint = inject("s3Endpoint");
if (endpoint) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true"; // Node 20 is fine for this SDK version
  const bucket = `fresco-test-${randomBytes(6).toString("hex")}`;
  const client = new S3Client({ region: "us-east-1", endpoint, forcePathStyle: true, credentials: { accessKeyId: S3_TEST_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: S3_TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY } });
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  client.destroy();
  Object.assign(process.env, S3_TEST_CREDENTIALS, {
    FRESCO_S3_BUCKET: bucket,
    FRESCO_S3_ENDPOINT: endpoint,
    FRESCO_S3_REGION: "us-east-1",
    FRESCO_S3_FORCE_PATH_STYLE: "true",
    FRESCO_S3_PREFIX: "blobs",
  });
}
