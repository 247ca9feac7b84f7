// Publish/subscribe between the code that makes things happen (a job, an action) and the
// streams that report them. One process carries it with an EventEmitter
// (lib/adapters/in-process-bus.ts); several app instances need a shared transport (Redis, or
// PostgreSQL LISTEN/NOTIFY), so an event must survive JSON, and a channel says how to check
// what comes off the wire.

/** A named stream of events of one shape. */
export interface Channel<E> {
  readonly name: string;
  /** Checks an event received from another process (zod at the edge); throws when it does not fit. */
  parse(data: unknown): E;
}

export interface EventBus {
  /**
   * Delivers `event` to every subscriber of the channel in every instance, in publish order.
   * Resolves once the transport has it; the event must be plain JSON data.
   */
  publish<E>(channel: Channel<E>, event: E): Promise<void>;
  /**
   * Calls `listener` for every event published on the channel from now on (at once: a shared
   * transport listens once per process and fans out here, so a caller may subscribe, then read
   * the current state, and miss nothing in between). Returns the unsubscribe.
   */
  subscribe<E>(channel: Channel<E>, listener: (event: E) => void): () => void;
}
