// Sign-up, sign-in and team forms: one schema for the form and the server action.
import { z } from "zod";

export const MIN_PASSWORD = 10;

/** An invitation token as lib/db/invites.ts mints it: 24 random bytes (INVITE_TOKEN_BYTES) in base64url. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/, "This invitation link is not valid.");

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address."));

export const teamNameSchema = z
  .string()
  .trim()
  .min(1, "Give the team a name.")
  .max(60, "Keep the team name under 60 characters.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Tell us your name.").max(80, "Keep your name under 80 characters."),
  email: emailSchema,
  password: z
    .string()
    .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
    .max(256, "Keep the password under 256 characters."),
  /** Ignored when joining by invitation. */
  teamName: z.string().trim().max(60).optional(),
  invite: inviteTokenSchema.optional(),
});

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(1024),
  /** Where to go once signed in; a malformed token is dropped (the studio instead), not an error. */
  invite: inviteTokenSchema.optional().catch(undefined),
});
