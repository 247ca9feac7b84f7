// The doors for server actions. Every exported action is built from one of these clients
// (lib/auth/doors.test.ts proves it on the parsed tree):
// - teamAction: signed in, a member of the current team, and allowed the declared permission;
// - sessionAction: signed in, team not needed (joining or creating a team);
// - publicAction: only sign-up and sign-in.
import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { requireMember, requireSession } from "@/lib/auth/member";
import { PERMISSIONS } from "@/lib/permissions";
import { AppError } from "@/lib/errors";

function handleServerError(err: Error): string {
  // The person sees AppError messages; anything else is logged and reported generically,
  // so internals never leak to the browser.
  if (err instanceof AppError) return err.message;
  console.error("[action]", err);
  return "Something went wrong on the server. Try again in a moment.";
}

export const publicAction = createSafeActionClient({ handleServerError });

export const sessionAction = createSafeActionClient({ handleServerError }).use(async ({ next }) =>
  next({ ctx: { session: await requireSession() } }),
);

export const teamAction = createSafeActionClient({
  handleServerError,
  // Every team action must say what it needs; an action without metadata fails before running.
  defineMetadataSchema: () => z.object({ permission: z.enum(PERMISSIONS) }),
}).use(async ({ next, metadata }) => next({ ctx: { member: await requireMember(metadata.permission) } }));
