// How many event streams one person may hold open at once. A tab holds one; a person may
// have several tabs and devices, but not hundreds: each stream costs the server memory, a
// snapshot read and a share of every team event. Beyond the limit the route answers 429.
// The count lives in this process; a deployment with several server processes swaps it, in
// the composition root (lib/services.ts), for a shared counter (e.g. a Redis key per person
// with a TTL) behind the same interface.

export interface StreamSlots {
  /** A slot for this person, or null when they hold `limit` already. Call the returned function once, on close. */
  take(userId: string): (() => void) | null;
  /** Streams this person holds now. */
  held(userId: string): number;
}

export function inProcessSlots(limit: () => number): StreamSlots {
  const open = new Map<string, number>();
  return {
    take(userId) {
      const now = open.get(userId) ?? 0;
      if (now >= limit()) return null;
      open.set(userId, now + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(userId) ?? 1) - 1;
        if (left > 0) open.set(userId, left);
        else open.delete(userId);
      };
    },
    held: (userId) => open.get(userId) ?? 0,
  };
}
