"use server";

import { sessionAction } from "@/lib/actions/safe-action";
import { signOut } from "@/lib/auth/config";

/** Ends this browser's session: the Session row is deleted, so the cookie is worthless at once. */
export const signOutAction = sessionAction.action(async () => {
  await signOut({ redirectTo: "/sign-in" });
});
