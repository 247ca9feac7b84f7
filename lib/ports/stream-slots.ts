// How many event streams one person may hold open at once. A tab holds one; a person may
// have several tabs and devices, but not hundreds: each stream costs the server memory, a
// snapshot read and a share of every team event. Beyond the limit the route answers 429.
// One process counts them itself (lib/adapters/in-process-stream-slots.ts); several server
// processes need a shared counter (e.g. a Redis key per person with a TTL).

export interface StreamSlots {
  /** A slot for this person, or null when they hold `limit` already. Call the returned function once, on close. */
  take(userId: string): (() => void) | null;
  /** Streams this person holds now. */
  held(userId: string): number;
}
