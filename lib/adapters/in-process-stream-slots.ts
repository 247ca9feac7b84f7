// The event streams each person holds open, counted in this process. A deployment with several
// server processes swaps it, in the composition root (lib/services.ts), for a shared counter
// behind the same interface (lib/ports/stream-slots.ts).
import type { StreamSlots } from "@/lib/ports/stream-slots";

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
