// Progress events of generations, on the event bus the composition root provides (one process
// today, a shared bus for several instances later). Each event goes to its team's channel, which
// is what a browser tab follows: one stream per tab, since a stream per generation would use up
// the browser's six connections and stall every other request.
import "server-only";
import type { Channel } from "@/lib/ports/event-bus";
import { services } from "@/lib/services";
// The events' shapes are lib/generations/events.ts (zod, shared with the browser); this is the bus.
import { teamEventSchema, type JobEvent, type JobRef, type TeamEvent } from "@/lib/generations/events";

const teamChannel = (teamId: string): Channel<TeamEvent> => ({ name: `team:${teamId}`, parse: teamEventSchema.parse });

/** Announces an event of a generation to its team. Never throws: progress is news, not a record. */
export function publish(ref: JobRef, event: JobEvent): void {
  services()
    .events.publish(teamChannel(ref.teamId), { ...event, generationId: ref.generationId, ...(ref.userId ? { by: ref.userId } : {}) })
    .catch((err: unknown) => console.error(`[events] publishing for generation ${ref.generationId} failed`, err));
}

export function subscribeTeam(teamId: string, listener: (event: TeamEvent) => void): () => void {
  return services().events.subscribe(teamChannel(teamId), listener);
}
