"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { configuredProviders, signIn } from "@/lib/auth/config";
import { AppError } from "@/lib/errors";

/** GitHub or Google sign-in, when configured: a redirect to the provider. */
export const oauthSignInAction = publicAction
  .inputSchema(z.object({ provider: z.enum(["github", "google"]) }))
  .action(async ({ parsedInput: { provider } }) => {
    if (!configuredProviders()[provider]) throw new AppError("INVALID_INPUT", "That sign-in method is not set up here.");
    await signIn(provider, { redirectTo: "/studio" });
  });
