// What the blob store holds, read past the code under test: the folder itself, or the bucket
// through a client of its own when the run is on S3 (FRESCO_TEST_S3=1, lib/testing/s3-setup.ts).
// Tests use these to check and to stage drift (a lost file, an old one) on either store.
import { CopyObjectCommand, DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { blobPath, blobRoot } from "@/lib/adapters/local-blob-store";
import { forgetHotBlob } from "@/lib/storage/hot-blobs";

/** True when the run keeps blobs in a bucket. */
export const onS3 = () => Boolean(process.env.FRESCO_S3_BUCKET);

let client: S3Client | undefined;
function bucket() {
  client ??= new S3Client({ region: process.env.FRESCO_S3_REGION, endpoint: process.env.FRESCO_S3_ENDPOINT, forcePathStyle: true });
  const prefix = process.env.FRESCO_S3_PREFIX ? `${process.env.FRESCO_S3_PREFIX.replace(/\/+$/, "")}/` : "";
  return { client, Bucket: process.env.FRESCO_S3_BUCKET!, prefix };
}

export async function isStored(key: string): Promise<boolean> {
  if (!onS3()) return existsSync(blobPath(key));
  const { client, Bucket, prefix } = bucket();
  return client.send(new HeadObjectCommand({ Bucket, Key: prefix + key })).then(
    () => true,
    () => false,
  );
}

/** Those of `keys` that are stored, in their order. */
export async function whichStored(keys: string[]): Promise<string[]> {
  const stored = await Promise.all(keys.map(isStored));
  return keys.filter((_, i) => stored[i]);
}

/** Makes a blob look last written at `when` (the S3 store keeps that time in the object's metadata). */
export async function ageStored(key: string, when: Date): Promise<void> {
  if (!onS3()) return fs.utimes(blobPath(key), when, when);
  const { client, Bucket, prefix } = bucket();
  const Key = prefix + key;
  await client.send(new CopyObjectCommand({ Bucket, Key, CopySource: `${Bucket}/${Key}`, MetadataDirective: "REPLACE", Metadata: { "fresco-touched": when.toISOString() } }));
}

/** Loses a blob behind the app's back. */
export async function removeStored(key: string): Promise<void> {
  forgetHotBlob(key); // lost as a fresh process would find it, not still held in memory
  if (!onS3()) return fs.rm(blobPath(key));
  const { client, Bucket, prefix } = bucket();
  await client.send(new DeleteObjectCommand({ Bucket, Key: prefix + key }));
}

/** Every file in the store as a key-like relative path (a folder's temp files included). */
export async function storedFiles(): Promise<string[]> {
  if (!onS3()) {
    const entries = await fs.readdir(blobRoot(), { recursive: true, withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isFile()).map((e) => path.relative(blobRoot(), path.join(e.parentPath, e.name)).split(path.sep).join("/"));
  }
  const { client, Bucket, prefix } = bucket();
  const keys: string[] = [];
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key!.slice(prefix.length)));
    ContinuationToken = page.NextContinuationToken;
  } while (ContinuationToken);
  return keys;
}
