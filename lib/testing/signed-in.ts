// Who a request in a test comes from. Tests replace only the cookie → person step of the real
// door: the Session row is still read on every call, so a deleted session is nobody. Use it as
//   vi.mock("@/lib/auth/session", () => import("@/lib/testing/signed-in"));
// and set `who.current` before each call.
import type { SignedIn } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";

export const who: { current: SignedIn | null } = { current: null };

export async function currentSession(): Promise<SignedIn | null> {
  if (!who.current) return null;
  const row = await prisma.session.findUnique({ where: { id: who.current.sessionId } });
  return row ? { ...who.current, teamId: row.teamId } : null;
}
