import { describe, expect, it } from "vitest";
import { mentionedMembers, mentionTokens } from "./mentions";

const team = [
  { id: "u1", name: "Ari Lee", email: "ari.lee@studio.test" },
  { id: "u2", name: "Ben Ode", email: "bode@studio.test" },
  { id: "u3", name: "Ben Fox", email: "fox@studio.test" },
  { id: "u4", name: null, email: "nameless@studio.test" },
];

describe("mentions", () => {
  it("reads @words, not email addresses", () => {
    expect(mentionTokens("Hi @Ari, see mail@example.com and @ben.")).toEqual(["ari", "ben"]);
  });

  it("matches a unique first name, a name without spaces, or an email's first part", () => {
    expect(mentionedMembers("@ari please look", team)).toEqual(["u1"]);
    expect(mentionedMembers("@benfox and @bode", team)).toEqual(["u2", "u3"]);
    expect(mentionedMembers("@ari.lee", team)).toEqual(["u1"]);
    expect(mentionedMembers("@nameless", team)).toEqual(["u4"]);
  });

  it("does not guess between two people with the same first name", () => {
    expect(mentionedMembers("@ben what do you think", team)).toEqual([]);
  });

  it("finds nobody outside the members it is given", () => {
    expect(mentionedMembers("@zoe @ari", team.slice(1))).toEqual([]);
  });
});
