// The blob store in an S3 bucket (AWS S3, Cloudflare R2, MinIO, any S3-compatible endpoint),
// chosen in lib/services.ts when FRESCO_S3_BUCKET is set. Credentials come from the SDK's
// default chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an instance role).
//
// What the port asks, and how a bucket gives it:
// - durable before put resolves: a PutObject answers 200 only once the object is stored, and
//   an object appears whole or not at all, so no write leaves anything half-done behind
//   (unfinishedWrites is always empty: Fresco never starts a multipart upload);
// - the modified time is Fresco's own stamp in the object's metadata, written by put and
//   touch: a copy of an object onto itself refreshes LastModified on AWS but not on every
//   S3-compatible server, and the drift check compares it with the app's clock anyway.
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type GetObjectCommandOutput,
} from "@aws-sdk/client-s3";
import type { Env } from "@/lib/env";
import { isBlobKey } from "@/lib/ports/blob-keys";
import type { BlobBody, BlobInfo, BlobStore, ByteRange } from "@/lib/ports/blob-store";

export interface S3Settings {
  bucket: string;
  /** Keys live under this prefix ("" for the bucket's root); ends with "/" when set. */
  prefix: string;
  /** Unset for AWS itself; R2, MinIO and the like give theirs. */
  endpoint?: string;
  region: string;
  /** Bucket in the path (http://host/bucket/key) rather than the host name: MinIO and most self-hosted servers. */
  forcePathStyle: boolean;
  /** Keys per list request; S3's own (and largest) is 1000. Tests set a small one to see every page read. */
  listPageSize?: number;
}

/** The bucket the environment names (FRESCO_S3_*; lib/env.ts checks them). */
export function s3Settings(e: Env): S3Settings {
  if (!e.FRESCO_S3_BUCKET) throw new Error("FRESCO_S3_BUCKET is not set.");
  return { bucket: e.FRESCO_S3_BUCKET, prefix: e.FRESCO_S3_PREFIX, endpoint: e.FRESCO_S3_ENDPOINT, region: e.FRESCO_S3_REGION, forcePathStyle: e.FRESCO_S3_FORCE_PATH_STYLE };
}

/** The metadata entry holding the last write or touch (x-amz-meta-fresco-touched). */
const TOUCHED = "fresco-touched";
const CONTENT_TYPES: Record<string, string> = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" };

export function s3Client(settings: Omit<S3Settings, "bucket" | "prefix">): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    // Checksums only where S3 requires them: the SigV4 signature already covers each body's
    // SHA-256, and several S3-compatible servers refuse the SDK's newer default checksum headers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

export function s3BlobStore(settings: S3Settings, client: S3Client = s3Client(settings)): BlobStore {
  const Bucket = settings.bucket;
  const at = (key: string) => {
    if (!isBlobKey(key)) throw new Error(`Not a blob key: ${key}`);
    return settings.prefix + key;
  };
  const stamp = () => ({ [TOUCHED]: new Date().toISOString() });
  const contentType = (key: string) => CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1)];

  async function touch(key: string): Promise<boolean> {
    // A copy onto itself with new metadata: the bytes stay, the stamp is fresh.
    const copy = new CopyObjectCommand({
      Bucket,
      Key: at(key),
      CopySource: encodeURI(`${Bucket}/${at(key)}`),
      MetadataDirective: "REPLACE",
      Metadata: stamp(),
      ContentType: contentType(key),
    });
    return client.send(copy).then(() => true, orFalse);
  }

  async function get(key: string, range?: ByteRange): Promise<GetObjectCommandOutput | null> {
    const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
    return client.send(new GetObjectCommand({ Bucket, Key: at(key), Range })).catch(orNull);
  }

  return {
    async put(key, bytes) {
      if (await touch(key)) return false;
      // If-None-Match: another instance storing the same bytes at the same moment is not overwritten.
      const put = new PutObjectCommand({ Bucket, Key: at(key), Body: bytes, IfNoneMatch: "*", Metadata: stamp(), ContentType: contentType(key) });
      try {
        await client.send(put);
        return true;
      } catch (err) {
        if (statusOf(err) !== 412 && statusOf(err) !== 409) throw err;
        await touch(key); // stored by someone else a moment ago: kept, and stamped as just used
        return false;
      }
    },
    async read(key) {
      const object = await get(key);
      return object?.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    },
    async open(key, range): Promise<BlobBody | null> {
      const object = await get(key, range);
      if (!object?.Body) return null;
      // "bytes 0-99/1234": the whole size is after the slash.
      const size = range ? Number(object.ContentRange?.split("/")[1]) : Number(object.ContentLength);
      return { size, stream: object.Body.transformToWebStream() };
    },
    touch,
    async stat(key): Promise<BlobInfo | null> {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key: at(key) })).catch(orNull);
      if (!head) return null;
      const touched = head.Metadata?.[TOUCHED];
      return { key, bytes: Number(head.ContentLength ?? 0), modifiedAt: touched ? new Date(touched) : (head.LastModified ?? new Date(0)) };
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: at(key) })).catch(orNull);
    },
    async list() {
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: settings.prefix || undefined, ContinuationToken, MaxKeys: settings.listPageSize }));
        for (const o of page.Contents ?? []) {
          const key = o.Key?.slice(settings.prefix.length);
          if (key && isBlobKey(key)) keys.push(key);
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return keys;
    },
    unfinishedWrites: async () => [],
    removeUnfinished: async () => {},
  };
}

function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}

/** null when nothing is stored under the key (404, NoSuchKey); any other failure is a real one. */
function orNull(err: unknown): null {
  const name = (err as { name?: string })?.name;
  if (name !== "NoSuchBucket" && (statusOf(err) === 404 || name === "NoSuchKey")) return null;
  throw err;
}

function orFalse(err: unknown): false {
  orNull(err);
  return false;
}
