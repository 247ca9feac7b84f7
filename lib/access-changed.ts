// "Someone's access may have changed": published by the code that ends sessions, removes
// members, changes roles and deletes teams, heard by every open event stream of the people
// concerned, which then re-checks in the database and closes if it may no longer read.
// On the event bus the composition root provides (lib/services.ts), like the job events: with
// several server instances a change made in one reaches the streams held by the others. It sits
// below lib/db, so the queries that change memberships and sessions announce it themselves.
import "server-only";
import { z } from "zod";
import type { Channel } from "@/lib/ports/event-bus";
import { services } from "@/lib/services";

/** Both ids: one membership changed. The team alone: the whole team (deleted). The user alone: one of their sign-ins ended. */
export type AccessChange = { teamId: string; userId: string } | { teamId: string; userId?: undefined } | { teamId?: undefined; userId: string };

/** The event carries nothing: hearing it is the news, and the stream re-checks in the database. */
const nudge = z.object({});

function channel(change: AccessChange): Channel<z.infer<typeof nudge>> {
  const name =
    change.teamId && change.userId ? `access:member:${change.teamId}:${change.userId}` : change.teamId ? `access:team:${change.teamId}` : `access:user:${change.userId}`;
  return { name, parse: nudge.parse };
}

/** Call after the change is committed, so a re-check that follows sees it. Never throws: the periodic re-check is the fallback. */
export function accessChanged(change: AccessChange): void {
  services()
    .events.publish(channel(change), {})
    .catch((err: unknown) => console.error("[events] announcing an access change failed", err));
}

/** Calls `listener` on any change that may concern this person's access to this team. */
export function onAccessChange(who: { teamId: string; userId: string }, listener: () => void): () => void {
  const { events } = services();
  const stops = [channel(who), channel({ teamId: who.teamId }), channel({ userId: who.userId })].map((c) => events.subscribe(c, () => listener()));
  return () => stops.forEach((stop) => stop());
}
