// In-process coordination between writers and deleters of content-addressed blobs.
// A key is shared by every row whose bytes are identical, across teams, so "is anything
// using this file?" has two answers: a committed row (the database says), or a writer that
// has the file in hand but has not committed its row yet (a pin here says). Writing and
// unlinking one key take the same lock, so a deleter either removes the file before a writer
// looks (and the writer writes it again) or sees the writer's pin and leaves the file.
import type { BlobLocks } from "@/lib/ports/blob-store";

/** One process's locks and pins; the composition root (lib/services.ts) holds the one in use. */
export function inProcessBlobLocks(): BlobLocks {
  const locks = new Map<string, Promise<void>>();
  const pins = new Map<string, number>();

  async function acquire(key: string): Promise<() => void> {
    const before = locks.get(key) ?? Promise.resolve();
    let unlock!: () => void;
    const mine = new Promise<void>((resolve) => (unlock = resolve));
    const tail = before.then(() => mine);
    locks.set(key, tail);
    await before;
    return () => {
      unlock();
      if (locks.get(key) === tail) locks.delete(key);
    };
  }

  return {
    async withKeyLocks(keys, fn) {
      const unlocks: (() => void)[] = [];
      try {
        for (const key of [...new Set(keys)].sort()) unlocks.push(await acquire(key));
        return await fn();
      } finally {
        for (const unlock of unlocks.reverse()) unlock();
      }
    },
    pin(key) {
      pins.set(key, (pins.get(key) ?? 0) + 1);
    },
    unpin(key) {
      const n = (pins.get(key) ?? 0) - 1;
      if (n > 0) pins.set(key, n);
      else pins.delete(key);
    },
    isPinned: (key) => pins.has(key),
  };
}
