// Roles and what they may do. One table, read by the action client and the route wrapper.
export const ROLES = ["owner", "admin", "member", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "read", // see the team's gallery and generations
  "comment",
  "generate", // create generations and edits
  "review", // submit one's own images for review, and withdraw them
  "decide", // approve or reject images in review (any of the team's)
  "delete-own",
  "delete-any",
  "manage-members", // invite, change roles, remove members
  "manage-team", // rename the team
  "manage-providers", // add, edit, remove and test the team's providers and their keys
  "manage-budgets", // set the team's budgets and limits, edit its price tables
  "delete-team",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: ["read", "comment", "generate", "review", "decide", "delete-own", "delete-any", "manage-members", "manage-team", "manage-providers", "manage-budgets"],
  member: ["read", "comment", "generate", "review", "delete-own"],
  viewer: ["read", "comment"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Admins may hand out any role but owner; owners may hand out every role. */
export function assignableRoles(actor: Role): Role[] {
  if (actor === "owner") return [...ROLES];
  if (actor === "admin") return ["admin", "member", "viewer"];
  return [];
}

export const ROLE_LABELS: Record<Role, { label: string; description: string }> = {
  owner: { label: "Owner", description: "Everything, including deleting the team" },
  admin: { label: "Admin", description: "Manages members and invites, renames the team; creates, approves and rejects" },
  member: { label: "Member", description: "Creates images, submits their own for review, comments" },
  viewer: { label: "Viewer", description: "Sees the team's work and comments" },
};
