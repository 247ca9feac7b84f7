// "Someone's access may have changed": published by the code that ends sessions, removes
// members, changes roles and deletes teams, heard by every open event stream of the people
// concerned, which then re-checks in the database and closes if it may no longer read.
// In-process like the job events (lib/jobs/events.ts): a deployment with several server
// processes swaps this emitter for a shared pub/sub channel behind the same two functions.
import { EventEmitter } from "node:events";

/** Both ids: one membership changed. The team alone: the whole team (deleted). The user alone: one of their sign-ins ended. */
export type AccessChange = { teamId: string; userId: string } | { teamId: string; userId?: undefined } | { teamId?: undefined; userId: string };

const holder = globalThis as unknown as { frescoAccessEvents?: EventEmitter };
const bus = (holder.frescoAccessEvents ??= new EventEmitter().setMaxListeners(0));

function channel(change: AccessChange): string {
  if (change.teamId && change.userId) return `member:${change.teamId}:${change.userId}`;
  return change.teamId ? `team:${change.teamId}` : `user:${change.userId}`;
}

/** Call after the change is committed, so a re-check that follows sees it. */
export function accessChanged(change: AccessChange): void {
  bus.emit(channel(change));
}

/** Calls `listener` on any change that may concern this person's access to this team. */
export function onAccessChange(who: { teamId: string; userId: string }, listener: () => void): () => void {
  const channels = [channel(who), channel({ teamId: who.teamId }), channel({ userId: who.userId })];
  for (const c of channels) bus.on(c, listener);
  return () => {
    for (const c of channels) bus.off(c, listener);
  };
}
