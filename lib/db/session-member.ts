// Who a session cookie is, and their membership in the team the sign-in works in, in one read:
// the door runs it on every request (pages, actions, routes, each image), so it is one raw
// statement, prepared once (lib/db/hot-statements.ts), rather than three ORM queries. It reads the
// same rows as findLiveSession and findMembership, every time: nothing is cached, so a sign-out,
// a removal or a role change holds from the very next request.
import "server-only";
import { hotRead } from "./hot-statements";

export interface LiveSessionMember {
  id: string;
  teamId: string | null;
  user: { id: string; email: string; name: string | null };
  /** The membership in `teamId`, or null when there is none (no team chosen, or removed since). */
  membership: { id: string; role: string; team: { id: string; name: string } } | null;
}

interface Row {
  id: string;
  teamId: string | null;
  expires: Date | string;
  userId: string;
  email: string;
  name: string | null;
  membershipId: string | null;
  role: string | null;
  teamName: string | null;
}

/** The live session (unexpired) with this token, or null. Takes no team id: it finds the team. */
export async function findLiveSessionMember(sessionToken: string): Promise<LiveSessionMember | null> {
  const rows = await hotRead<Row>(
    `SELECT s."id", s."teamId", s."expires", u."id" AS "userId", u."email", u."name",
           m."id" AS "membershipId", m."role", t."name" AS "teamName"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Membership" m ON m."userId" = s."userId" AND m."teamId" = s."teamId"
    LEFT JOIN "Team" t ON t."id" = m."teamId"
    WHERE s."sessionToken" = ?`,
    [sessionToken],
  );
  const row = rows[0];
  if (!row || !(new Date(row.expires) > new Date())) return null;
  return {
    id: row.id,
    teamId: row.teamId,
    user: { id: row.userId, email: row.email, name: row.name },
    membership: row.membershipId && row.role && row.teamId ? { id: row.membershipId, role: row.role, team: { id: row.teamId, name: row.teamName ?? "" } } : null,
  };
}
