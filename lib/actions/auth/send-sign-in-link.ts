"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { configuredProviders, signIn } from "@/lib/auth/config";
import { emailSchema } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";

/** An email with a one-time sign-in link, when mail is configured. */
export const emailLinkAction = publicAction
  .inputSchema(z.object({ email: emailSchema }))
  .action(async ({ parsedInput: { email } }) => {
    if (!configuredProviders().email) throw new AppError("INVALID_INPUT", "Email sign-in is not set up here.");
    await signIn("nodemailer", { email, redirectTo: "/studio" });
  });
