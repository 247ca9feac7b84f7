// A writer's blobs between "the file is on disk" and "a row points at it". Everything put or
// held through one BlobWrites is pinned, so releaseBlobs (a concurrent delete of another row
// with the same bytes) leaves it alone until the writer has committed its rows or given up.
import "server-only";
import type { BlobExt } from "@/lib/ports/blob-keys";
import { services } from "@/lib/services";
import { putBlob, type StoredBlob } from "./blob-store";
import { releaseBlobs } from "./release-blobs";

export interface BlobWrites {
  put(bytes: Uint8Array, ext: BlobExt): Promise<StoredBlob>;
  /** Pins a file that is stored already (an edit starting from a gallery image); false when it is gone. */
  hold(key: string): Promise<boolean>;
  /** The rows are committed: the database protects the files from now on. */
  done(): void;
  /** No row will point at these files: unpin them and remove those nothing else uses. */
  undo(): Promise<void>;
}

export function blobWrites(): BlobWrites {
  const { blobs, blobLocks } = services();
  const held: string[] = [];
  let settled = false;
  const settle = () => {
    if (settled) return;
    settled = true;
    for (const key of held) blobLocks.unpin(key);
  };
  return {
    async put(bytes, ext) {
      const blob = await putBlob(bytes, ext, { pinned: true });
      held.push(blob.key);
      return blob;
    },
    async hold(key) {
      return blobLocks.withKeyLocks([key], async () => {
        if (!(await blobs.touch(key))) return false;
        blobLocks.pin(key);
        held.push(key);
        return true;
      });
    },
    done: settle,
    async undo() {
      settle();
      await releaseBlobs(held);
    },
  };
}
