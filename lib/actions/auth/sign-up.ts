"use server";

import { publicAction } from "@/lib/actions/safe-action";
import { signIn } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/auth/schemas";
import { acceptInvite, findInvite } from "@/lib/db/invites";
import { createTeamWithOwner } from "@/lib/db/teams";
import { createPasswordUser, findUserByEmail } from "@/lib/db/users";
import { AppError } from "@/lib/errors";

export const signUpAction = publicAction.inputSchema(signUpSchema).action(async ({ parsedInput }) => {
  const { name, email, password, teamName, invite } = parsedInput;
  if (invite && (await findInvite(invite))?.state !== "valid") {
    throw new AppError("NOT_FOUND", "This invitation link is no longer valid. Ask for a new one, or sign up without it.");
  }
  if (await findUserByEmail(email)) {
    throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.");
  }
  const user = await createPasswordUser({ email, name, passwordHash: await hashPassword(password) });
  if (invite) await acceptInvite(invite, user.id);
  else await createTeamWithOwner(user.id, teamName || `${name.split(" ")[0]}'s team`);
  await signIn("credentials", { email, password, redirectTo: "/studio" });
  return {};
});
