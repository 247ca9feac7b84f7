// Inputs of the team settings actions: one schema for the form and the server action.
import { z } from "zod";
import { emailSchema, teamNameSchema } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/permissions";

const id = z.string().min(1).max(64);
const role = z.enum(ROLES, "Choose one of the listed roles.");

export const renameTeamSchema = z.object({ name: teamNameSchema });

export const createInviteSchema = z.object({
  role,
  // An empty field means "just give me a link".
  email: z.union([z.literal("").transform(() => undefined), emailSchema]).optional(),
});

export const revokeInviteSchema = z.object({ inviteId: id });
export const changeRoleSchema = z.object({ membershipId: id, role });
export const removeMemberSchema = z.object({ membershipId: id });
export const leaveTeamSchema = z.object({});
export const deleteTeamSchema = z.object({ confirmName: z.string().max(200) });
