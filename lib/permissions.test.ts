import { describe, expect, it } from "vitest";
import { assignableRoles, can, ROLE_LABELS } from "./permissions";

describe("roles", () => {
  it("a viewer reads and comments but cannot generate or delete", () => {
    expect(can("viewer", "read")).toBe(true);
    expect(can("viewer", "comment")).toBe(true);
    expect(can("viewer", "generate")).toBe(false);
    expect(can("viewer", "delete-own")).toBe(false);
  });

  it("a member creates but cannot manage people or delete others' work", () => {
    expect(can("member", "generate")).toBe(true);
    expect(can("member", "manage-members")).toBe(false);
    expect(can("member", "delete-any")).toBe(false);
  });

  it("only an owner deletes the team or makes owners", () => {
    expect(can("owner", "delete-team")).toBe(true);
    expect(can("admin", "delete-team")).toBe(false);
    expect(assignableRoles("admin")).not.toContain("owner");
    expect(assignableRoles("owner")).toContain("owner");
    expect(assignableRoles("member")).toEqual([]);
  });
});

describe("review", () => {
  it("owners and admins decide; members submit their own but cannot decide; viewers only comment", () => {
    expect(can("owner", "decide")).toBe(true);
    expect(can("admin", "decide")).toBe(true);
    expect(can("member", "decide")).toBe(false);
    expect(can("member", "review")).toBe(true);
    expect(can("viewer", "review")).toBe(false);
    expect(can("viewer", "decide")).toBe(false);
  });

  it("the role help says what each role may do with review", () => {
    expect(ROLE_LABELS.admin.description).toMatch(/approves and rejects/);
    expect(ROLE_LABELS.member.description).toMatch(/submits their own for review/);
    expect(ROLE_LABELS.viewer.description).toMatch(/comments/);
  });
});
