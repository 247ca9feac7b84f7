"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { publicAction } from "@/lib/actions/safe-action";
import { signInErrorMessage } from "@/lib/auth/authorize";
import { signIn } from "@/lib/auth/config";
import { afterSignInPath } from "@/lib/auth/safe-redirect";
import { signInSchema } from "@/lib/auth/schemas";

export const signInAction = publicAction.inputSchema(signInSchema).action(async ({ parsedInput }) => {
  const { email, password, invite } = parsedInput;
  try {
    // Succeeds by redirecting (a thrown navigation the action client passes through).
    await signIn("credentials", { email, password, redirectTo: afterSignInPath(invite) });
  } catch (err) {
    if (err instanceof AuthError) {
      return { error: signInErrorMessage(err instanceof CredentialsSignin ? err.code : undefined) };
    }
    throw err;
  }
  return {};
});
