// The S3 store against a real S3-compatible server (s3rver, in this process): the same
// contract the folder store passes (lib/testing/blob-store-contract.ts), each test in a bucket
// of its own, with keys under a prefix and lists read two keys a page.
import { CopyObjectCommand, CreateBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobStoreContract, keyOf } from "@/lib/testing/blob-store-contract";
import { S3_TEST_CREDENTIALS, startS3TestServer, type S3TestServer } from "@/scripts/s3-test-server.mjs";
import { s3BlobStore, s3Client, type S3Settings } from "./s3-blob-store";

let server: S3TestServer;
beforeAll(async () => {
  Object.assign(process.env, S3_TEST_CREDENTIALS);
  server = await startS3TestServer();
});
afterAll(() => server?.close());

let buckets = 0;
async function make(prefix = "fresco/") {
  const settings: S3Settings = { bucket: `contract-${++buckets}`, prefix, endpoint: server.endpoint, region: "us-east-1", forcePathStyle: true, listPageSize: 2 };
  const client = s3Client(settings);
  await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
  const store = s3BlobStore(settings, client);
  // An object's last write, as the store reads it: its fresco-touched metadata.
  const age = async (key: string, when: Date) => {
    const Key = prefix + key;
    await client.send(new CopyObjectCommand({ Bucket: settings.bucket, Key, CopySource: `${settings.bucket}/${Key}`, MetadataDirective: "REPLACE", Metadata: { "fresco-touched": when.toISOString() } }));
  };
  return { store, age, client, settings };
}

describe("S3 blob store", () => {
  blobStoreContract(make);

  it("lists only blob keys under its prefix, and works at the bucket's root too", async () => {
    const { store, client, settings } = await make();
    const bytes = Buffer.from("mine");
    await store.put(keyOf(bytes), bytes);
    await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: `elsewhere/${keyOf(bytes)}`, Body: "not mine" }));
    await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: "fresco/notes.txt", Body: "not a blob" }));
    expect(await store.list()).toEqual([keyOf(bytes)]);

    const root = await make("");
    await root.store.put(keyOf(bytes), bytes);
    expect([await root.store.list(), await root.store.read(keyOf(bytes))]).toEqual([[keyOf(bytes)], bytes]);
  });

  it("leaves no unfinished writes: an object appears whole or not at all", async () => {
    const { store } = await make();
    expect(await store.unfinishedWrites(new Date())).toEqual([]);
  });
});

describe("S3 blob store without its bucket", () => {
  it("fails loudly instead of reading every key as missing", async () => {
    const store = s3BlobStore({ bucket: "never-made", prefix: "", endpoint: server.endpoint, region: "us-east-1", forcePathStyle: true });
    await expect(store.read(keyOf(Buffer.from("x")))).rejects.toThrow(/bucket does not exist/);
    await expect(store.list()).rejects.toThrow(/bucket does not exist/);
  });
});
