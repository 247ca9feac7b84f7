// In-process coordination between writers and deleters of content-addressed blobs.
// A key is shared by every row whose bytes are identical, across teams, so "is anything
// using this file?" has two answers: a committed row (the database says), or a writer that
// has the file in hand but has not committed its row yet (a pin here says). Writing and
// unlinking one key take the same lock, so a deleter either removes the file before a writer
// looks (and the writer writes it again) or sees the writer's pin and leaves the file.
import "server-only";

interface KeyState {
  locks: Map<string, Promise<void>>;
  pins: Map<string, number>;
}

// On globalThis: Next.js may load this module in more than one bundle of the same process.
const holder = globalThis as unknown as { frescoBlobKeys?: KeyState };
const state: KeyState = (holder.frescoBlobKeys ??= { locks: new Map(), pins: new Map() });

async function acquire(key: string): Promise<() => void> {
  const before = state.locks.get(key) ?? Promise.resolve();
  let unlock!: () => void;
  const mine = new Promise<void>((resolve) => (unlock = resolve));
  const tail = before.then(() => mine);
  state.locks.set(key, tail);
  await before;
  return () => {
    unlock();
    if (state.locks.get(key) === tail) state.locks.delete(key);
  };
}

/** Runs `fn` holding the locks of all `keys` (taken in sorted order, so two callers never deadlock). */
export async function withKeyLocks<T>(keys: string[], fn: () => Promise<T>): Promise<T> {
  const unlocks: (() => void)[] = [];
  try {
    for (const key of [...new Set(keys)].sort()) unlocks.push(await acquire(key));
    return await fn();
  } finally {
    for (const unlock of unlocks.reverse()) unlock();
  }
}

export function pin(key: string): void {
  state.pins.set(key, (state.pins.get(key) ?? 0) + 1);
}

export function unpin(key: string): void {
  const n = (state.pins.get(key) ?? 0) - 1;
  if (n > 0) state.pins.set(key, n);
  else state.pins.delete(key);
}

export function isPinned(key: string): boolean {
  return state.pins.has(key);
}
