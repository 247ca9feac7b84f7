// The event bus for one server process: an EventEmitter. Every subscriber of a channel gets the
// same event object (a stream may cache its encoding per event), so nobody may change one.
import { EventEmitter } from "node:events";
import type { Channel, EventBus } from "@/lib/ports/event-bus";

export function inProcessBus(): EventBus {
  const emitter = new EventEmitter().setMaxListeners(0);
  return {
    async publish(channel, event) {
      emitter.emit(channel.name, event);
    },
    subscribe<E>(channel: Channel<E>, listener: (event: E) => void) {
      emitter.on(channel.name, listener);
      return () => void emitter.off(channel.name, listener);
    },
  };
}
