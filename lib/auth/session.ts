// Who is asking: the one place that turns the session cookie into a person, checked against
// the Session row every time (a signed-out or expired session is nobody).
import "server-only";
import { cache } from "react";
import { findLiveSession } from "@/lib/db/users";
import { auth } from "./config";

export interface SignedIn {
  sessionId: string;
  teamId: string | null;
  user: { id: string; email: string; name: string | null };
}

export const currentSession = cache(async (): Promise<SignedIn | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const row = await findLiveSession(session.sid);
  if (!row) return null;
  return { sessionId: row.id, teamId: row.teamId, user: row.user };
});
