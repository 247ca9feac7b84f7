// Who is asking: the one place that turns the session cookie into a person, checked against
// the Session row every time (a signed-out or expired session is nobody).
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { findLiveSessionMember, type LiveSessionMember } from "@/lib/db/session-member";
import { auth } from "./config";
import { sealedSessionId } from "./sealed-session";

export interface SignedIn {
  sessionId: string;
  teamId: string | null;
  user: { id: string; email: string; name: string | null };
  /**
   * The membership in `teamId`, read with the session in the same statement (undefined: not
   * read; lib/auth/member.ts then reads it).
   */
  membership?: LiveSessionMember["membership"];
}

export const currentSession = cache(async (): Promise<SignedIn | null> => {
  const sid = await sealedSessionId(await cookies(), async () => (await auth())?.sid);
  if (!sid) return null;
  const row = await findLiveSessionMember(sid);
  if (!row) return null;
  return { sessionId: row.id, teamId: row.teamId, user: row.user, membership: row.membership };
});
