import { describe, expect, it } from "vitest";
import { assignableRoles, can } from "./permissions";

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
