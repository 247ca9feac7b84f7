// Signing in through the real action, Auth.js and database: where the browser is sent next.
// Only Next's request scope (headers, cookies) is stood in for.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { inviteTokenSchema } from "@/lib/auth/schemas";
import { createPasswordUser } from "@/lib/db/users";
import { makeInvite, makePerson, makeTeam } from "@/lib/testing/people";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-proto": "http" }),
  cookies: async () => ({ set: () => {}, get: () => undefined, getAll: () => [], has: () => false, delete: () => {} }),
}));

const { signInAction } = await import("./sign-in");

const ORIGIN = "http://localhost:3000";
const password = "correct horse battery";
let email = "";

beforeAll(async () => {
  email = "sam@example.test";
  await createPasswordUser({ email, name: "Sam", passwordHash: await hashPassword(password) });
});

/** Runs the action and returns where it redirects (Next's redirect() throws NEXT_REDIRECT;url;...). */
async function redirectOf(input: Parameters<typeof signInAction>[0]): Promise<URL> {
  const thrown = await signInAction(input).then(
    (result) => result,
    (err: unknown) => err,
  );
  const digest = (thrown as { digest?: unknown }).digest;
  expect(typeof digest, `expected a redirect, got ${JSON.stringify(thrown)}`).toBe("string");
  const [kind, , target] = (digest as string).split(";");
  expect(kind).toBe("NEXT_REDIRECT");
  return new URL(target!, ORIGIN);
}

describe("sign-in redirects", () => {
  it("a hostile invite parameter sends the person to this site's studio", async () => {
    for (const invite of ["../../..//other.example/phish", "..%2F..%2F..%2F%2Fother.example%2Fphish", "/\\other.example"]) {
      const target = await redirectOf({ email, password, invite });
      expect(target.origin).toBe(ORIGIN);
      expect(target.pathname).toBe("/studio");
    }
  });

  it("a real invitation's token leads to that invitation (positive control)", async () => {
    const owner = await makePerson("Olu");
    const teamId = await makeTeam(owner, "Team O");
    const { token } = await makeInvite(teamId, owner.user.id);
    expect(inviteTokenSchema.safeParse(token).success).toBe(true); // minted tokens have the checked format
    const target = await redirectOf({ email, password, invite: token });
    expect(`${target.origin}${target.pathname}`).toBe(`${ORIGIN}/invite/${token}`);
  });
});
