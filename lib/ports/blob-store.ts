// Where image bytes live, by key. A folder under the data directory today
// (lib/adapters/local-blob-store.ts), object storage (S3) for a team deployment. What a key
// looks like is part of the contract (blob-keys.ts: a store may check it before touching a
// file or a bucket); the rules for when a blob may go are above this, in lib/storage.

export interface BlobInfo {
  key: string;
  bytes: number;
  /** The last write or touch: the drift check leaves young blobs alone. */
  modifiedAt: Date;
}

/** Bytes `start` to `end` of a blob, both included (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobBody {
  /** The whole blob's size, whatever part of it `stream` carries. */
  size: number;
  stream: ReadableStream<Uint8Array>;
}

export interface BlobStore {
  /**
   * Stores `bytes` under `key`, durably, before resolving (a row may point at it next). When the
   * key is stored already the bytes are kept, its modified time refreshed, and false returned.
   */
  put(key: string, bytes: Uint8Array): Promise<boolean>;
  /** The bytes, or null when nothing is stored under the key. */
  read(key: string): Promise<Buffer | null>;
  /**
   * The bytes as a stream (only `range` of them when given, which the caller has checked
   * against the size), or null when nothing is stored under the key: serving never holds a
   * whole large file in memory.
   */
  open(key: string, range?: ByteRange): Promise<BlobBody | null>;
  /** Refreshes a stored blob's modified time; false when it is not stored. */
  touch(key: string): Promise<boolean>;
  /** Size and modified time, or null when nothing is stored under the key. */
  stat(key: string): Promise<BlobInfo | null>;
  /** Removes the blob; nothing happens when it is not there. */
  remove(key: string): Promise<void>;
  /** Every stored key (not the leftovers of unfinished writes). */
  list(): Promise<string[]>;
  /** Leftovers of writes that never finished, last changed before `before` (temp files, open uploads). */
  unfinishedWrites(before: Date): Promise<string[]>;
  /** Removes such leftovers by the names unfinishedWrites gave. */
  removeUnfinished(names: readonly string[]): Promise<void>;
}

/**
 * Coordination between writers and deleters of the same key: a key is shared by every row
 * whose bytes are identical, across teams. In one process a lock per key and a pin count
 * (lib/adapters/in-process-blob-locks.ts); several instances need them shared (advisory locks
 * and a pin table in PostgreSQL) or they lean on the drift check's grace period alone.
 */
export interface BlobLocks {
  /** Runs `fn` holding the locks of all `keys` (taken in sorted order, so two callers never deadlock). */
  withKeyLocks<T>(keys: string[], fn: () => Promise<T>): Promise<T>;
  /** A writer has the blob in hand but has not committed its row: releaseBlobs leaves it alone. */
  pin(key: string): void;
  unpin(key: string): void;
  isPinned(key: string): boolean;
}
